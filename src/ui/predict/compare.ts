/**
 * A prediction beside what happened: per message and for the whole run.
 * "What happened" is the ledger's final verdict, counted as the Outcome
 * counts it: a message no device holds a copy of is not delivered.
 */
import type { Outcome, Verdict } from '../../sim/types.ts';
import type { Guess, Prediction, WholeRun } from './state.svelte.ts';
import { verdictSoFar } from '../../sim/verdict.ts';

/** Messages asked about one by one; longer maildrops use the whole-run choice. */
export const MAX_ROWS = 12;

export interface Row {
  readonly uid: string;
  readonly label: string;
  readonly guess: Guess | null;
  readonly happened: Verdict;
  /** null when there was no guess for this message. */
  readonly same: boolean | null;
}

export interface Comparison {
  readonly rows: readonly Row[];
  /** Answers given (whole run included) and how many of them match. */
  readonly answered: number;
  readonly matched: number;
  readonly whole: { readonly guess: WholeRun; readonly same: boolean; readonly counts: Omit<Outcome, 'messages'> } | null;
}

export function compare(prediction: Prediction, outcome: Outcome): Comparison {
  const happened = outcome.messages.map((m) => ({
    uid: m.uid,
    label: m.label,
    verdict: verdictSoFar(m),
  }));
  const counts = { delivered: 0, duplicated: 0, lost: 0, gap: 0 };
  for (const m of happened) if (m.verdict !== 'pending') counts[m.verdict]++;
  const rows = happened.slice(0, MAX_ROWS).map((m) => {
    const guess = prediction.messages.get(m.uid) ?? null;
    return { uid: m.uid, label: m.label, guess, happened: m.verdict, same: guess === null ? null : guess === m.verdict };
  });
  let whole: Comparison['whole'] = null;
  if (prediction.whole) {
    const w = prediction.whole;
    const same =
      w === 'all-delivered' ? counts.delivered === happened.length : w === 'some-duplicated' ? counts.duplicated > 0 : w === 'some-lost' ? counts.lost > 0 : counts.gap > 0;
    whole = { guess: w, same, counts };
  }
  const answers = [...rows.filter((r) => r.same !== null).map((r) => r.same), ...(whole ? [whole.same] : [])];
  return { rows, whole, answered: answers.length, matched: answers.filter(Boolean).length };
}
