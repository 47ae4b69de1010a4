/**
 * What the notes window is told about the lab at its cursor. Computed in the
 * lab window (which has the run), so the notes window needs no simulator.
 * DOM-free; the texts come from the same explanation code as the lab's own
 * narration and explanation panel.
 */
import type { Outcome, TraceEvent, WorldView } from '../../sim/types.ts';
import { explainStep } from '../explain/explain.ts';
import { narrateStepAt } from '../../i18n/narration.ts';
import { verdictSoFar } from '../../sim/verdict.ts';
import { LIMITS, type OutcomeCounts, type PresenterSettings, type PresenterState } from './sync.ts';

/** The part of the Player a snapshot reads. */
export interface SnapshotSource {
  readonly cursor: number;
  readonly playing: boolean;
  readonly trace: readonly TraceEvent[];
  readonly view: WorldView;
  readonly outcome: Outcome;
  /** The learner's steps at the chosen Detail: step k ends at trace index positions[k]. */
  readonly positions: Int32Array;
  /** The step on screen ("Step k of n" in the lab) and the number of steps. */
  readonly stepNo: number;
  readonly stepCount: number;
  readonly detail: 'commands' | 'segments' | 'octets';
}

const clip = (text: string, max: number = LIMITS.text) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Verdicts so far at the cursor (the custody view), not of the whole run. */
export function countsSoFar(view: WorldView): OutcomeCounts {
  const counts = { delivered: 0, duplicated: 0, lost: 0, gap: 0, pending: 0 };
  // As the lab's Outcome counts: a message no device holds a copy of is not delivered (yet).
  for (const m of view.custody) counts[verdictSoFar(m)]++;
  return counts;
}

/**
 * The sentences of learner step k, as the lab's narration says them (the
 * step's command or reply with what it changed; at Octets, one event).
 */
function stepSentence(source: SnapshotSource, k: number): string {
  return narrateStepAt(source.trace, source.positions, k, source.detail);
}

export function snapshotOf(source: SnapshotSource, settings: PresenterSettings, hidden = false): Omit<PresenterState, 'type'> {
  const ev = source.trace[source.cursor];
  const explained = ev ? explainStep(ev) : undefined;
  const step = source.stepNo;
  return {
    // The lab's own numbering ("Step 8 of 34"), so the notes and the projector agree.
    step,
    last: source.stepCount,
    playing: source.playing,
    settings: {
      retention: clip(settings.retention, LIMITS.name),
      protocol: clip(settings.protocol, LIMITS.name),
      personality: clip(settings.personality, LIMITS.name),
      scenario: clip(settings.scenario, LIMITS.name),
    },
    narration: clip(stepSentence(source, step)),
    why: clip(explained?.detail ?? ''),
    rfc: clip(ev?.rfc ?? '', LIMITS.name),
    next: clip(step < source.stepCount ? stepSentence(source, step + 1) : ''),
    outcome: countsSoFar(source.view),
    canFault: step < source.stepCount,
    ...(hidden ? { hidden: true } : {}),
  };
}
