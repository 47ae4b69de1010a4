/**
 * Narration in a language: the simulator's sentences (src/sim/explain.ts:
 * an explain key and the values of its placeholders) said with the message
 * catalogue (narration_<key>). This is the one narrateStepAt of the app's
 * narration line, the presenter notes and `npm run scenario -- --narrate
 * --lang es`, so a printed handout says what the projector says, in the
 * same language. Loaded lazily by the app (never in the first load).
 */
import * as m from './paraglide/messages.js';
import { getLocale } from './paraglide/runtime.js';
import { NARRATION_MAX_SENTENCES, explainSentence, stepSentences, stepSentencesAt, type ExplainKey, type Sentence, type WeightedSentence } from '../sim/explain.ts';
import type { Detail } from '../sim/steps.ts';
import type { TraceEvent } from '../sim/types.ts';
import { sayDirection, sayEndReason, sayFaultDetail } from './trace-words.ts';

type Inputs = Record<string, string | number>;

// Each message types its own placeholders; the simulator hands every sentence
// all its event's fields (src/sim/explain.ts explainSentence), so one loose
// signature calls them all.
type Say = (inputs: Inputs) => string;

const SENTENCES = {
  'session.start': m.narration_sessionStart,
  'connection.opened': m.narration_connectionOpened,
  'connection.closed': m.narration_connectionClosed,
  'connection.dropped': m.narration_connectionDropped,
  'connection.timed-out': m.narration_connectionTimedOut,
  'connection.refused': m.narration_connectionRefused,
  'send.c2s': m.narration_sendC2s,
  'send.s2c': m.narration_sendS2c,
  'deliver.partial': m.narration_deliverPartial,
  'deliver.final': m.narration_deliverFinal,
  'segment.lost': m.narration_segmentLost,
  'segment.retransmitted': m.narration_segmentRetransmitted,
  'command': m.narration_command,
  'command.unknown': m.narration_commandUnknown,
  'reply.ok': m.narration_replyOk,
  'reply.ok.multiline': m.narration_replyOkMultiline,
  'reply.err': m.narration_replyErr,
  'server.state': m.narration_serverState,
  'mail.arrived': m.narration_mailArrived,
  'server.restarted': m.narration_serverRestarted,
  'client.state': m.narration_clientState,
  'marked': m.narration_marked,
  'unmarked': m.narration_unmarked,
  'unmarked.session-ended': m.narration_unmarkedSessionEnded,
  'unmarked.session-ended.pop2': m.narration_unmarkedSessionEndedPop2,
  'unmarked.session-ended.pop1': m.narration_unmarkedSessionEndedPop1,
  'removed.update': m.narration_removedUpdate,
  'removed.release': m.narration_removedRelease,
  'removed.rcvd': m.narration_removedRcvd,
  'removed.expunge-on-dele': m.narration_removedExpungeOnDele,
  'removed.download-once': m.narration_removedDownloadOnce,
  'removed.retention': m.narration_removedRetention,
  'lock.locked': m.narration_lockLocked,
  'lock.refused': m.narration_lockRefused,
  'lock.released': m.narration_lockReleased,
  'copy.partial': m.narration_copyPartial,
  'copy.partial.kept': m.narration_copyPartialKept,
  'copy.memory': m.narration_copyMemory,
  'copy.durable': m.narration_copyDurable,
  'copy.discarded': m.narration_copyDiscarded,
  'copy.lost': m.narration_copyLost,
  'copy.deleted.locally': m.narration_copyDeletedLocally,
  'copy.deleted.locally.server': m.narration_copyDeletedLocallyServer,
  'uid.remembered': m.narration_uidRemembered,
  'uid.remembered.unsafe': m.narration_uidRememberedUnsafe,
  'uid.forgotten': m.narration_uidForgotten,
  'fault.drop-connection': m.narration_faultDropConnection,
  'fault.connection-silent': m.narration_faultConnectionSilent,
  'fault.lose-segment': m.narration_faultLoseSegment,
  'fault.crash-client': m.narration_faultCrashClient,
  'fault.device-power-loss': m.narration_faultDevicePowerLoss,
  'fault.crash-server': m.narration_faultCrashServer,
  'fault.idle-past-autologout': m.narration_faultIdlePastAutologout,
  'fault.second-device-login': m.narration_faultSecondDeviceLogin,
  'server.autologout': m.narration_serverAutologout,
  'server.autologout.expunged': m.narration_serverAutologoutExpunged,
  'server.autologout.pop1': m.narration_serverAutologoutPop1,
  'server.autologout.pop1.rcvd': m.narration_serverAutologoutPop1Rcvd,
  'server.autologout.pop2': m.narration_serverAutologoutPop2,
  'server.autologout.pop2.released': m.narration_serverAutologoutPop2Released,
  'server.autologout.pop2.released-none': m.narration_serverAutologoutPop2ReleasedNone,
  'server.aborted': m.narration_serverAborted,
  'server.aborted.expunged': m.narration_serverAbortedExpunged,
  'server.aborted.pop1': m.narration_serverAbortedPop1,
  'server.aborted.pop1.rcvd': m.narration_serverAbortedPop1Rcvd,
  'server.aborted.pop2': m.narration_serverAbortedPop2,
  'server.aborted.pop2.released': m.narration_serverAbortedPop2Released,
  'server.aborted.pop2.released-none': m.narration_serverAbortedPop2ReleasedNone,
  'session.end.ok': m.narration_sessionEndOk,
  'session.end.failed': m.narration_sessionEndFailed,
} satisfies Record<ExplainKey, (inputs: never) => string>;

/** One sentence in the page's (or the CLI's) language, without its RFC citation. */
export function sayText(sentence: Sentence): string {
  const values: Inputs = { ...sentence.values };
  const direction = sentence.values['direction'];
  if (direction === 'c2s' || direction === 's2c') values['dir'] = sayDirection(direction);
  const seconds = sentence.values['seconds'];
  if (typeof seconds === 'number') values['seconds'] = new Intl.NumberFormat(getLocale(), { maximumFractionDigits: 3 }).format(seconds);
  if (sentence.reason) values['reason'] = sayEndReason(sentence.reason);
  if (sentence.detail) values['detail'] = sayFaultDetail(sentence.detail);
  return (SENTENCES[sentence.key] as Say)(values);
}

/** One sentence with its RFC citation, if any. */
export function say(sentence: Sentence): string {
  const text = sayText(sentence);
  return sentence.rfc ? m.narration_withRfc({ text, rfc: sentence.rfc }) : text;
}

/** The sentence for one trace event, without its RFC citation (the UI shows that apart). */
export function explainText(event: TraceEvent): string {
  return sayText(explainSentence(event));
}

/** The sentence for one trace event, with its RFC citation if any. */
export function explainEvent(event: TraceEvent): string {
  return say(explainSentence(event));
}

/**
 * A step's sentences as one line: a sentence said by several events is said
 * once with a count ("… (×3)"); past NARRATION_MAX_SENTENCES the least
 * important go, the latest first among equals.
 */
function line(sentences: readonly WeightedSentence[]): string {
  const items: Array<{ text: string; weight: number; count: number }> = [];
  const byText = new Map<string, { text: string; weight: number; count: number }>();
  for (const { sentence, weight } of sentences) {
    const text = say(sentence);
    const seen = byText.get(text);
    if (seen) {
      seen.count++;
      continue;
    }
    const item = { text, weight, count: 1 };
    byText.set(text, item);
    items.push(item);
  }
  while (items.length > NARRATION_MAX_SENTENCES) {
    let drop = items.length - 1;
    for (let i = items.length - 1; i >= 0; i--) if (items[i]!.weight < items[drop]!.weight) drop = i;
    items.splice(drop, 1);
  }
  return items.map((it) => (it.count > 1 ? m.narration_repeated({ text: it.text, count: it.count }) : it.text)).join(' ');
}

/** The narration of the events trace[from..to] (inclusive); '' when nothing deserves a sentence. */
export function narrateStep(trace: readonly TraceEvent[], from: number, to: number): string {
  return line(stepSentences(trace, from, to));
}

/** The narration of learner step k (as numbered by stepPositions) at this Detail. */
export function narrateStepAt(trace: readonly TraceEvent[], positions: Int32Array, k: number, detail: Detail): string {
  return line(stepSentencesAt(trace, positions, k, detail));
}

/** "Step k: …", a line of the CLI's `--narrate`. */
export function stepLine(step: number, text: string): string {
  return m.narration_stepLine({ step, text });
}
