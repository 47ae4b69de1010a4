/**
 * Words of "Compare side by side", from the message catalogue (compare_).
 * The view loads lazily, so none of this is in the first load.
 */
import * as m from '../../i18n/paraglide/messages.js';
import { getLocale } from '../../i18n/paraglide/runtime.js';
import type { Verdict } from '../../sim/types.ts';

/** Simulated time in words a learner reads at a glance: "4.2 s", "3 min 5 s", "2 days 1 h". */
export function simTime(ms: number): string {
  if (ms <= 0) return m.compare_timeZero();
  const s = ms / 1000;
  if (s < 60) {
    const digits = s < 10 ? (s < 1 ? 2 : 1) : 0;
    const shown = new Intl.NumberFormat(getLocale(), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(s);
    return m.compare_timeSeconds({ s: shown });
  }
  const min = Math.floor(s / 60);
  if (min < 60) return m.compare_timeMinutes({ min, s: Math.floor(s % 60) });
  const h = Math.floor(min / 60);
  if (h < 48) return m.compare_timeHours({ h, min: min % 60 });
  return m.compare_timeDays({ d: Math.floor(h / 24), h: h % 24 });
}

export const compareStrings = {
  get open() { return m.compare_open(); },
  get title() { return m.compare_title(); },
  get close() { return m.compare_close(); },
  get intro() { return m.compare_intro(); },
  // How the two timelines line up: by simulated time.
  get alignmentNote() { return m.compare_alignmentNote(); },
  get pairLabel() { return m.compare_pairLabel(); },
  pairs: {
    get retention() { return m.compare_pairRetention(); },
    get personality() { return m.compare_pairPersonality(); },
  },
  sides: {
    get delete() { return m.compare_sideDelete(); },
    get keep() { return m.compare_sideKeep(); },
    get rfc() { return m.compare_sideRfc(); },
    get 'expunge-on-dele'() { return m.compare_sideExpungeOnDele(); },
  } as Readonly<Record<string, string>>,
  get timeline() { return m.compare_timeline(); },
  position: (p: number, last: number, tick: number): string => m.compare_position({ p, last, time: simTime(tick) }),
  sideStep: (step: number, last: number): string => m.compare_sideStep({ step, last }),
  sideTime: (tick: number): string => m.compare_sideTime({ time: simTime(tick) }),
  get stepBack() { return m.compare_stepBack(); },
  get stepForward() { return m.compare_stepForward(); },
  get play() { return m.compare_play(); },
  get pause() { return m.compare_pause(); },
  get start() { return m.compare_start(); },
  get end() { return m.compare_end(); },
  get verdictsTitle() { return m.compare_verdictsTitle(); },
  verdict: {
    get delivered() { return m.compare_verdictDelivered(); },
    get duplicated() { return m.compare_verdictDuplicated(); },
    get lost() { return m.compare_verdictLost(); },
    get gap() { return m.compare_verdictGap(); },
    get pending() { return m.compare_verdictPending(); },
  } as Readonly<Record<Verdict, string>>,
  verdictIcon: { delivered: '✓', duplicated: '❐', lost: '✗', gap: '◌', pending: '…' } as Readonly<Record<Verdict, string>>,
  row: (n: number, label: string, left: string, leftSide: string, right: string, rightSide: string): string =>
    label
      ? m.compare_rowLabelled({ n, label, left, leftSide, right, rightSide })
      : m.compare_row({ n, left, leftSide, right, rightSide }),
  get differs() { return m.compare_differs(); },
  get same() { return m.compare_same(); },
  summary: (differ: number, total: number): string =>
    differ === 0 ? m.compare_summarySame({ total }) : m.compare_summaryDiffer({ differ, total }),
  counts: (d: number, dup: number, lost: number, gap: number): string => m.compare_counts({ d, dup, lost, gap }),
  get error() { return m.compare_error(); },
  get noStep() { return m.compare_noStep(); },
};

export type CompareStrings = typeof compareStrings;
export const cs = compareStrings;
