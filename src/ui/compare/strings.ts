/**
 * Every string of the side-by-side comparison, in English. A translation is a
 * second object of the same shape (`satisfies CompareStrings`).
 */
import type { Verdict } from '../../sim/types.ts';

/**
 * Simulated time in words. The simulator counts integer ticks of one
 * simulated millisecond (sim/world.ts); learners read seconds and minutes.
 */
export function simTime(ms: number): string {
  if (ms <= 0) return '0 s';
  const s = ms / 1000;
  if (s < 60) return `${s < 10 ? s.toFixed(s < 1 ? 2 : 1) : Math.round(s)} s`;
  const min = Math.floor(s / 60);
  if (min < 60) return `${min} min ${Math.floor(s % 60)} s`;
  const h = Math.floor(min / 60);
  if (h < 48) return `${h} h ${min % 60} min`;
  return `${Math.floor(h / 24)} days ${h % 24} h`;
}

export const compareStrings = {
  open: 'Compare side by side',
  title: 'Side by side',
  close: 'Close',
  intro: 'The same scenario, seed and faults, run twice with one setting changed. Both sides move together through the same simulated time.',
  alignmentNote:
    'At each point of the timeline both sides show the world at the same moment of simulated time (each at its last step up to then), so one side may sit still while the other does several things.',
  pairLabel: 'Compare',
  pairs: {
    retention: 'Delete on download vs Leave on server',
    personality: 'RFC-conformant server vs Expunge on DELE (non-conformant)',
  },
  sides: {
    delete: 'Delete on download',
    keep: 'Leave on server',
    rfc: 'RFC-conformant server',
    'expunge-on-dele': 'Expunge on DELE',
  } as Readonly<Record<string, string>>,
  timeline: 'Timeline',
  position: (p: number, last: number, tick: number) => `Point ${p} of ${last} · ${simTime(tick)} into the run`,
  sideStep: (step: number, last: number) => `Step ${step} of ${last}`,
  sideTime: (tick: number) => `at ${simTime(tick)}`,
  stepBack: 'Step both back',
  stepForward: 'Step both forward',
  play: 'Play both',
  pause: 'Pause both',
  start: 'Both to start',
  end: 'Both to end',
  verdictsTitle: 'Verdicts compared (end of both runs)',
  verdict: {
    delivered: 'delivered',
    duplicated: 'duplicated',
    lost: 'lost',
    gap: 'gap',
    pending: 'still on the server',
  } as Readonly<Record<Verdict, string>>,
  verdictIcon: { delivered: '✓', duplicated: '❐', lost: '✗', gap: '◌', pending: '…' } as Readonly<Record<Verdict, string>>,
  row: (n: number, label: string, left: string, leftSide: string, right: string, rightSide: string) =>
    `Message ${n}${label ? ` (“${label}”)` : ''}: ${left} (${leftSide}) vs ${right} (${rightSide})`,
  differs: 'Differs',
  same: 'Same',
  summary: (differ: number, total: number) =>
    differ === 0 ? `All ${total} messages end the same on both sides.` : `${differ} of ${total} messages end differently.`,
  counts: (d: number, dup: number, lost: number, gap: number) => `Delivered: ${d}, Duplicated: ${dup}, Lost: ${lost}, Gap: ${gap}`,
  error: 'This comparison could not be run',
  noStep: 'Nothing has happened yet.',
} as const;

export type CompareStrings = typeof compareStrings;
export const cs = compareStrings;
