/**
 * The explanation catalogue: every trace event carries an `explain` key, and
 * this table holds the plain English for it. `{name}` placeholders are
 * filled from the event's fields (`{device}`, `{uid}`, `{keyword}`, ...).
 *
 * Keep the text short, plain and faithful to the RFCs: it is what a learner
 * reads next to the animation. The UI and the CLI both render through
 * `explainEvent`.
 */
import { stepRange, type Detail } from './steps.ts';
import type { TraceEvent } from './types.ts';

export const EXPLAIN = {
  'session.start': '{device} starts session {session}: it opens a TCP connection to the server.',
  'connection.opened': 'The connection between {device} and the server is open.',
  'connection.closed': 'The connection of {device} closed normally.',
  'connection.dropped': 'The connection of {device} broke without the protocol\'s goodbye.',
  'connection.timed-out': '{device} has heard nothing from the server for its whole timeout, so it gives up on the connection. Nobody tells the server.',
  'connection.refused': 'The server is down, so {device}\'s connection is refused. It tries again at its next poll.',
  'send.c2s': '{device} sends "{label}" ({octets} octets) to the server.',
  'send.s2c': 'The server sends "{label}" ({octets} octets) to {device}.',
  'deliver.partial': 'Octets {from}–{to} of segment {segment} arrive ({dir}).',
  'deliver.final': 'The last octets of segment {segment} arrive ({dir}); the receiver reads them.',
  'segment.lost': 'The connection is gone: {undeliveredOctets} octets of segment {segment} ({dir}) never arrive.',
  'segment.retransmitted': 'TCP\'s retransmission timer ran out after {seconds} s, so the lost segment {segment} ({dir}) is sent again. It arrives late, but complete.',
  'command': 'The server reads the command {keyword}.',
  'command.unknown': 'The server reads a line it does not understand.',
  'reply.ok': 'The server answers with a positive status line.',
  'reply.ok.multiline': 'The server answers +OK; data lines follow, ending with a line holding only "." (CRLF.CRLF).',
  'reply.err': 'The server answers -ERR: the command was refused.',
  'server.state': 'The server session moves from {from} to {to}.',
  'mail.arrived': 'New mail arrives in the maildrop (UID {uid}). A session already logged in does not see it; the next session will.',
  'server.restarted': 'The server has restarted and accepts connections again. Its maildrop is as it was last committed.',
  // Review B: the client's steps (STAT, RETR, SAVE_WAIT...) are the program's own bookkeeping; only the server has protocol states.
  'client.state': '{device}\'s mail program goes on to its next step, {to} (a step of the program, not a state of the protocol).',
  'marked': 'Message {number} is marked for deletion. Nothing is removed yet.',
  'unmarked': 'Message {number} is no longer marked for deletion.',
  'unmarked.session-ended': 'The session ended without QUIT, so the deletion mark on message {number} is dropped: the message stays on the server.',
  'unmarked.session-ended.pop2': 'The session ended without QUIT. RFC 937 does not say what becomes of an ACKD then; this simulated server forgets the mark, so message {number} stays.',
  'unmarked.session-ended.pop1': 'The session ended before RCVD, so the RDEL never takes effect: message {number} stays.',
  'removed.update': 'In UPDATE, after QUIT, the server removes the marked message.',
  'removed.release': 'The POP2 mailbox is released: messages acknowledged with ACKD are removed.',
  'removed.rcvd': 'After RCVD the POP1 server deletes the mailbox contents.',
  'removed.expunge-on-dele': 'This non-conformant server removes the message at DELE, before QUIT.',
  'removed.download-once': 'Download-once policy (EXPIRE 0): a message retrieved in a session ended by QUIT is removed.',
  'removed.retention': 'Site retention policy: the server removes a message for its age.',
  'lock.locked': 'The server locks the maildrop for {device}: no other session may change it.',
  'lock.refused': 'The maildrop is locked by another session, so {device} is refused.',
  'lock.released': 'The server releases the maildrop lock held by {device}.',
  'copy.partial': '{device} holds an incomplete copy: the transfer was cut.',
  'copy.partial.kept': '{device} keeps the incomplete data as if it were the message: a corrupt copy.',
  'copy.memory': '{device} holds a complete copy in memory only; a crash would lose it.',
  'copy.durable': '{device}\'s copy is now durable on disk.',
  'copy.discarded': '{device} throws away an incomplete copy.',
  'copy.lost': '{device} crashed: the copy that was only in memory is gone.',
  'copy.deleted.locally': 'The user deletes the message with UID {uid} in the mail program on {device}. The server is not told: its copy stays as it is.',
  'copy.deleted.locally.server': 'The user deletes the message with UID {uid} in the mail program on {device}. Set to "delete from the server when deleted here", the client will send DELE for it at its next session.',
  'uid.remembered': '{device} remembers UID {uid}, so it will not fetch this message again.',
  'uid.remembered.unsafe': '{device} remembers UID {uid} before its copy is on disk (unsafe order). If it crashes now, it will believe it has a message it does not have, and never fetch it again.',
  'uid.forgotten': '{device} forgets UID {uid}.',
  'fault.drop-connection': 'Fault: the connection of {device} is reset. Both ends notice at once.',
  'fault.connection-silent': 'Fault: the connection of {device} goes silent (a Wi-Fi hand-over or a router forgetting it). Nothing gets through and neither end is told: {device} will time out, and the server keeps the session and its lock until autologout.',
  'fault.lose-segment': 'Fault: a segment on {device}\'s connection is lost on the wire. TCP sends it again after its retransmission timeout: the data arrives late, but complete.',
  'fault.crash-client': 'Fault: the mail app on {device} crashes. Its memory is lost, its disk is kept. Its operating system closes the connection, so the server notices at once.',
  'fault.device-power-loss': 'Fault: {device} loses power. Its memory is lost, its disk is kept. Nobody tells the server, which keeps the session and its lock until autologout.',
  'fault.crash-server': 'Fault: the server crashes ({detail}). Every session ends without its commit; the maildrop stays as it was last committed; new connections are refused until the server is back.',
  'fault.idle-past-autologout': 'Fault: {device} stops sending (the app hangs); the server\'s autologout timer will fire.',
  'fault.second-device-login': 'Fault: {device} logs in now, while another session may hold the lock.',
  'server.autologout': 'Autologout: the session was idle too long, so the server closes it without entering UPDATE. Nothing this session marked is removed.',
  'server.autologout.expunged': 'Autologout: the server closes the idle session without entering UPDATE. This non-conformant server had already removed messages at DELE, and they stay removed.',
  'server.autologout.pop1': 'The server closes the idle session (RFC 918 names no timer; this simulated server has one). No RCVD confirmed receipt, so nothing is deleted.',
  'server.autologout.pop1.rcvd': 'The server closes the idle session (RFC 918 names no timer; this simulated server has one). RCVD had already confirmed receipt, so the mailbox contents were deleted then.',
  'server.autologout.pop2': 'The server\'s long timer ran out, so it closes the idle session. RFC 937 does not say what becomes of ACKD marks then; this simulated server is set to commit nothing, so acknowledged messages stay.',
  'server.autologout.pop2.released': 'The server\'s long timer ran out, so it closes the idle session. This simulated server is set to commit on release (as UW ipop2d did): releasing the mailbox deletes the messages acknowledged with ACKD.',
  'server.autologout.pop2.released-none': 'The server\'s long timer ran out, so it closes the idle session and releases the mailbox. No message had been acknowledged with ACKD, so nothing is deleted.',
  'server.aborted': 'The session ended without QUIT, so the server never enters UPDATE: nothing this session marked is removed.',
  'server.aborted.expunged': 'The session ended without QUIT, so there is no UPDATE. But this non-conformant server had already removed messages at DELE, and they stay removed.',
  'server.aborted.pop1': 'The session ended before RCVD confirmed receipt, so the server deletes nothing.',
  'server.aborted.pop1.rcvd': 'The session ended after RCVD had confirmed receipt: the mailbox contents were deleted then, and stay deleted.',
  'server.aborted.pop2': 'The session ended without QUIT. RFC 937 does not say what becomes of ACKD marks then; this simulated server is set to commit nothing, so acknowledged messages stay.',
  'server.aborted.pop2.released': 'The session ended without QUIT. RFC 937 leaves this open; this simulated server is set to commit on release (as UW ipop2d did), so releasing the mailbox deletes the messages acknowledged with ACKD.',
  'server.aborted.pop2.released-none': 'The session ended without QUIT and the server releases the mailbox. No message had been acknowledged with ACKD, so nothing is deleted.',
  'session.end.ok': 'Session {session} of {device} ended: {reason}.',
  'session.end.failed': 'Session {session} of {device} ended badly: {reason}.',
} as const satisfies Record<string, string>;

export type ExplainKey = keyof typeof EXPLAIN;

export function isExplainKey(key: string): key is ExplainKey {
  return Object.hasOwn(EXPLAIN, key);
}

/** Fills `{placeholder}`s from a record; unknown placeholders stay visible so a gap is noticed. */
export function fillTemplate(template: string, values: Readonly<Record<string, unknown>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = values[name];
    return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : whole;
  });
}

/** The English sentence for one trace event, without its RFC citation (the UI shows that apart). */
export function explainText(event: TraceEvent): string {
  if (!isExplainKey(event.explain)) throw new Error(`explain key ${JSON.stringify(event.explain)} is missing from the catalogue (src/sim/explain.ts)`);
  const values: Record<string, unknown> = { ...event };
  if ('direction' in event) values['dir'] = event.direction === 'c2s' ? 'client → server' : 'server → client';
  if (event.kind === 'retransmitted') values['seconds'] = event.delayTicks / 1000;
  if (event.kind === 'send') values['octets'] = event.octets.length;
  if (event.kind === 'deliver') {
    values['from'] = event.offset;
    values['to'] = event.offset + event.octets.length - 1;
  }
  return fillTemplate(EXPLAIN[event.explain], values);
}

/** The English sentence for one trace event, with its RFC citation if any. */
export function explainEvent(event: TraceEvent): string {
  const text = explainText(event);
  return event.rfc ? `${text} (${event.rfc})` : text;
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

/**
 * The narration of one step: the events trace[from..to] (inclusive) as one
 * line of text, the same words the app's narration shows and the CLI's
 * `--narrate` prints. The sentences come from the explanation catalogue
 * (explainEvent), in trace order; a sentence repeated by several events
 * (three messages removed in UPDATE) is said once with a count; when there
 * are more than NARRATION_MAX_SENTENCES, the least important go first (a
 * fault, a removal or a loss is never dropped for a state change).
 * Returns '' when nothing in the range deserves a sentence.
 */
export function narrateStep(trace: readonly TraceEvent[], from: number, to: number): string {
  const items: Array<{ text: string; weight: number; count: number }> = [];
  const byText = new Map<string, { text: string; weight: number; count: number }>();
  for (let i = Math.max(0, from); i <= to && i < trace.length; i++) {
    const ev = trace[i]!;
    const w = weight(ev);
    if (w === 0) continue;
    const text = explainEvent(ev);
    const seen = byText.get(text);
    if (seen) {
      seen.count++;
      continue;
    }
    const item = { text, weight: w, count: 1 };
    byText.set(text, item);
    items.push(item);
  }
  // Drop the least important sentences (the latest first among equals) until the line fits.
  while (items.length > NARRATION_MAX_SENTENCES) {
    let drop = items.length - 1;
    for (let i = items.length - 1; i >= 0; i--) if (items[i]!.weight < items[drop]!.weight) drop = i;
    items.splice(drop, 1);
  }
  return items.map((it) => (it.count > 1 ? `${it.text} (×${it.count})` : it.text)).join(' ');
}

/**
 * The narration of learner step k (as numbered by stepPositions): at
 * Commands or Segments the step's sentences (narrateStep), at Octets the one
 * event's sentence, whatever its weight. This is the one function the app's
 * narration line, the presenter notes and `npm run scenario -- --narrate`
 * call, so a printed handout says what the projector says.
 */
export function narrateStepAt(trace: readonly TraceEvent[], positions: Int32Array, k: number, detail: Detail): string {
  const [from, to] = stepRange(positions, k, detail);
  const ev = trace[to];
  if (ev === undefined) return '';
  return detail === 'octets' ? explainEvent(ev) : narrateStep(trace, from, to);
}
