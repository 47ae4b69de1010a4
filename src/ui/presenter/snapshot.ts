/**
 * What the notes window is told about the lab at its cursor. Computed in the
 * lab window (which has the run), so the notes window needs no simulator.
 * DOM-free; the texts come from the same explanation code as the lab's own
 * narration and explanation panel.
 */
import type { Outcome, TraceEvent, WorldView } from '../../sim/types.ts';
import { explainStep, narrate } from '../explain/explain.ts';
import { LIMITS, type OutcomeCounts, type PresenterSettings, type PresenterState } from './sync.ts';

/** The part of the Player a snapshot reads. */
export interface SnapshotSource {
  readonly cursor: number;
  readonly last: number;
  readonly playing: boolean;
  readonly trace: readonly TraceEvent[];
  readonly view: WorldView;
  readonly outcome: Outcome;
}

const clip = (text: string, max: number = LIMITS.text) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Verdicts so far at the cursor (the custody view), not of the whole run. */
export function countsSoFar(view: WorldView): OutcomeCounts {
  const counts = { delivered: 0, duplicated: 0, lost: 0, gap: 0, pending: 0 };
  // As the lab's Outcome counts: a message no device holds a copy of is not delivered (yet).
  for (const m of view.custody) counts[m.verdict === 'delivered' && !Object.values(m.copiesByDevice).some(Boolean) ? 'pending' : m.verdict]++;
  return counts;
}

export function snapshotOf(source: SnapshotSource, settings: PresenterSettings, hidden = false): Omit<PresenterState, 'type'> {
  const ev = source.trace[source.cursor];
  const nextEv = source.trace[source.cursor + 1];
  const explained = ev ? explainStep(ev) : undefined;
  return {
    step: source.cursor,
    last: source.last,
    playing: source.playing,
    settings: {
      retention: clip(settings.retention, LIMITS.name),
      protocol: clip(settings.protocol, LIMITS.name),
      personality: clip(settings.personality, LIMITS.name),
      scenario: clip(settings.scenario, LIMITS.name),
    },
    narration: clip(ev ? narrate(ev) : ''),
    why: clip(explained?.detail ?? ''),
    rfc: clip(ev?.rfc ?? '', LIMITS.name),
    next: clip(nextEv ? narrate(nextEv) : ''),
    outcome: countsSoFar(source.view),
    canFault: source.cursor < source.last,
    ...(hidden ? { hidden: true } : {}),
  };
}
