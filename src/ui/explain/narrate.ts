/**
 * The narration's words for a step, loaded just after the first paint (the
 * explanation catalogue is large and the narration line keeps its room
 * meanwhile, so nothing moves when the words arrive).
 *
 * Sentences come from the simulator's catalogue (src/sim/explain.ts);
 * describe.ts covers an event whose key the catalogue lacks.
 */
import type { TraceEvent } from '../../sim/types.ts';
import { explainEvent, isExplainKey } from '../../sim/explain.ts';
import { describeEvent } from './describe.ts';

/** Events worth a sentence when a whole step is narrated: what was sent and what it changed. */
function narrated(ev: TraceEvent): boolean {
  switch (ev.kind) {
    case 'session-start':
    case 'send':
    case 'segment-lost':
    case 'marked':
    case 'unmarked':
    case 'removed':
    case 'fault':
    case 'server-state':
      return true;
    case 'lock':
      return ev.change !== 'released';
    case 'copy':
      return ev.change !== 'partial';
    case 'connection':
      return ev.change === 'dropped';
    case 'session-end':
      return !ev.ok;
    default:
      return false;
  }
}

/**
 * The sentences for the events from..to (inclusive) that a learner should
 * hear about in one step: the command or reply sent, then what it changed
 * (RFC 1939 §6 marks and removals, §8 lock, copies saved, faults). A sentence
 * repeated by several events (three messages removed at UPDATE) is said once.
 */
export function stepSentences(trace: readonly TraceEvent[], from: number, to: number, say: (ev: TraceEvent) => string): string[] {
  const out: string[] = [];
  for (let i = Math.max(0, from); i <= to && i < trace.length; i++) {
    const ev = trace[i]!;
    if (!narrated(ev)) continue;
    const text = say(ev);
    if (!out.includes(text)) out.push(text);
  }
  return out;
}
/** At most this many sentences a step, so the line keeps its height. */
const MAX_SENTENCES = 2;

const say = (ev: TraceEvent) => (isExplainKey(ev.explain) ? explainEvent(ev) : describeEvent(ev));

/**
 * What happened in the trace events from..to: at Detail = Commands or
 * Segments the step's sentences together (the command or reply and what it
 * changed), at Octets the one event's sentence. Empty if nothing in the
 * range deserves a sentence.
 */
export function narrateRange(trace: readonly TraceEvent[], from: number, to: number, single: boolean): string {
  if (single) {
    const ev = trace[to];
    return ev ? say(ev) : '';
  }
  return stepSentences(trace, from, to, say).slice(0, MAX_SENTENCES).join(' ');
}
