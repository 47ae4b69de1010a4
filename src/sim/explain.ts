/**
 * The explanation keys: every trace event carries an `explain` key, and the
 * message catalogue holds its sentence in each language (narration_<key>,
 * messages/{en,es,de}.json), with `{name}` placeholders filled from the
 * event's fields (`{device}`, `{uid}`, `{keyword}`, ...). The simulator emits
 * keys and values, never words: src/i18n/narration.ts renders them, for the
 * app, the presenter notes and the CLI alike.
 *
 * Keep the sentences short, plain and faithful to the RFCs: they are what a
 * learner reads next to the animation.
 */
import { stepRange, type Detail } from './steps.ts';
import type { FaultDetail, TraceEvent } from './types.ts';
import type { EndReason } from '../protocol/engine.ts';

export const EXPLAIN_KEYS = [
  'session.start',
  'connection.opened',
  'connection.closed',
  'connection.dropped',
  'connection.timed-out',
  'connection.refused',
  'send.c2s',
  'send.s2c',
  'deliver.partial',
  'deliver.final',
  'segment.lost',
  'segment.retransmitted',
  'command',
  'command.unknown',
  'reply.ok',
  'reply.ok.multiline',
  'reply.err',
  'server.state',
  'mail.arrived',
  'server.restarted',
  'client.state',
  'marked',
  'unmarked',
  'unmarked.session-ended',
  'unmarked.session-ended.pop2',
  'unmarked.session-ended.pop1',
  'removed.update',
  'removed.release',
  'removed.rcvd',
  'removed.expunge-on-dele',
  'removed.download-once',
  'removed.retention',
  'lock.locked',
  'lock.refused',
  'lock.released',
  'copy.partial',
  'copy.partial.kept',
  'copy.memory',
  'copy.durable',
  'copy.discarded',
  'copy.lost',
  'copy.deleted.locally',
  'copy.deleted.locally.server',
  'uid.remembered',
  'uid.remembered.unsafe',
  'uid.forgotten',
  'fault.drop-connection',
  'fault.connection-silent',
  'fault.lose-segment',
  'fault.crash-client',
  'fault.device-power-loss',
  'fault.crash-server',
  'fault.idle-past-autologout',
  'fault.second-device-login',
  'server.autologout',
  'server.autologout.expunged',
  'server.autologout.pop1',
  'server.autologout.pop1.rcvd',
  'server.autologout.pop2',
  'server.autologout.pop2.released',
  'server.autologout.pop2.released-none',
  'server.aborted',
  'server.aborted.expunged',
  'server.aborted.pop1',
  'server.aborted.pop1.rcvd',
  'server.aborted.pop2',
  'server.aborted.pop2.released',
  'server.aborted.pop2.released-none',
  'session.end.ok',
  'session.end.failed',
] as const;

export type ExplainKey = (typeof EXPLAIN_KEYS)[number];

const KEYS: ReadonlySet<string> = new Set(EXPLAIN_KEYS);

export function isExplainKey(key: string): key is ExplainKey {
  return KEYS.has(key);
}

/** One sentence to say, as the catalogue key and the values of its placeholders. */
export interface Sentence {
  readonly key: ExplainKey;
  readonly values: Readonly<Record<string, string | number>>;
  /** The RFC section the sentence rests on, shown after it. */
  readonly rfc?: string;
  /** A session's end: why, as a code the renderer says as `{reason}`. */
  readonly reason?: EndReason;
  /** A fault: what it found and did, as a code the renderer says as `{detail}`. */
  readonly detail?: FaultDetail;
}

/**
 * The sentence for one trace event: its key and the values its placeholders
 * read (the event's own fields, plus the octet count of a send, the octet
 * range of a delivery and the delay of a retransmission in seconds).
 * `direction` stays a code ('c2s', 's2c'), and a session's end reason and a
 * fault's detail stay codes too: the renderer says them in words.
 */
export function explainSentence(event: TraceEvent): Sentence {
  if (!isExplainKey(event.explain)) throw new Error(`explain key ${JSON.stringify(event.explain)} is missing from the catalogue (src/sim/explain.ts)`);
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(event)) if (typeof value === 'string' || typeof value === 'number') values[name] = value;
  if (event.kind === 'retransmitted') values['seconds'] = event.delayTicks / 1000;
  if (event.kind === 'send') values['octets'] = event.octets.length;
  if (event.kind === 'deliver') {
    values['from'] = event.offset;
    values['to'] = event.offset + event.octets.length - 1;
  }
  return {
    key: event.explain,
    values,
    ...(event.rfc ? { rfc: event.rfc } : {}),
    ...(event.kind === 'session-end' ? { reason: event.reason } : {}),
    ...(event.kind === 'fault' ? { detail: event.detail } : {}),
  };
}

// ---------------------------------------------------------------------------
// Narration: one line per step

/** At most this many sentences a step, so a narrated line stays readable. */
export const NARRATION_MAX_SENTENCES = 3;

/**
 * How much a learner needs to hear about an event when a whole step is
 * narrated: 0 = not at all (octet movements, the parse that the send already
 * shows), 1 = context (a state change, a lock, a copy in memory), 2 = what
 * the step is (the command or reply sent, a session starting), 3 = a
 * consequence that decides the outcome (faults, removals, marks, losses,
 * refusals, retransmissions, a UID remembered too early).
 */
function weight(ev: TraceEvent): number {
  switch (ev.kind) {
    case 'fault':
    case 'removed':
    case 'segment-lost':
    case 'retransmitted':
    case 'server-restarted':
    case 'arrived':
      return 3;
    case 'marked':
    case 'unmarked':
      return 3;
    case 'connection':
      // A plain drop repeats the fault that caused it; a timeout or a refusal is news.
      return ev.change === 'refused' || ev.timedOut === true ? 3 : ev.change === 'dropped' ? 1 : 0;
    case 'copy':
      return ev.change === 'lost' || ev.change === 'durable' || ev.change === 'deleted' || ev.explain === 'copy.partial.kept' ? 3 : ev.change === 'memory' || ev.change === 'discarded' ? 1 : 0;
    case 'uid-memory':
      return ev.explain === 'uid.remembered.unsafe' ? 3 : 1;
    case 'session-start':
    case 'send':
      return 2;
    case 'reply':
      return ev.ok ? 0 : 2;
    case 'session-end':
      return ev.ok ? 1 : 2;
    case 'server-state':
      return ev.to === 'CLOSED' ? 3 : 1;
    case 'lock':
      return ev.change === 'released' ? 0 : ev.change === 'refused' ? 3 : 1;
    default:
      return 0;
  }
}

/** A sentence of a step's narration and its weight (see `weight`). */
export interface WeightedSentence {
  readonly sentence: Sentence;
  readonly weight: number;
}

/**
 * The sentences of one step: the events trace[from..to] (inclusive) that
 * deserve a sentence, in trace order, with their weight. Narration
 * (src/i18n/narration.ts, the one narrateStep of the app, the presenter
 * notes and the CLI's `--narrate`) says a sentence repeated by several
 * events (three messages removed in UPDATE) once with a count, and keeps at
 * most NARRATION_MAX_SENTENCES, dropping the least important first (a fault,
 * a removal or a loss is never dropped for a state change).
 */
export function stepSentences(trace: readonly TraceEvent[], from: number, to: number): readonly WeightedSentence[] {
  const out: WeightedSentence[] = [];
  for (let i = Math.max(0, from); i <= to && i < trace.length; i++) {
    const ev = trace[i]!;
    const w = weight(ev);
    if (w > 0) out.push({ sentence: explainSentence(ev), weight: w });
  }
  return out;
}

/**
 * The sentences of learner step k (as numbered by stepPositions): at
 * Commands or Segments the step's sentences (stepSentences), at Octets the
 * one event's sentence, whatever its weight.
 */
export function stepSentencesAt(trace: readonly TraceEvent[], positions: Int32Array, k: number, detail: Detail): readonly WeightedSentence[] {
  const [from, to] = stepRange(positions, k, detail);
  const ev = trace[to];
  if (ev === undefined) return [];
  return detail === 'octets' ? [{ sentence: explainSentence(ev), weight: 1 }] : stepSentences(trace, from, to);
}
