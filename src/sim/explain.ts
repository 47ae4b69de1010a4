/**
 * The explanation catalogue: every trace event carries an `explain` key, and
 * this table holds the plain English for it. `{name}` placeholders are
 * filled from the event's fields (`{device}`, `{uid}`, `{keyword}`, ...).
 *
 * Keep the text short, plain and faithful to the RFCs: it is what a learner
 * reads next to the animation. The UI and the CLI both render through
 * `explainEvent`.
 */
import type { TraceEvent } from './types.ts';

export const EXPLAIN = {
  'session.start': '{device} starts session {session}: it opens a TCP connection to the server.',
  'connection.opened': 'The connection between {device} and the server is open.',
  'connection.closed': 'The connection of {device} closed normally.',
  'connection.dropped': 'The connection of {device} broke without the protocol\'s goodbye.',
  'send.c2s': '{device} sends "{label}" ({octets} octets) to the server.',
  'send.s2c': 'The server sends "{label}" ({octets} octets) to {device}.',
  'deliver.partial': 'Octets {from}–{to} of segment {segment} arrive ({direction}).',
  'deliver.final': 'The last octets of segment {segment} arrive ({direction}); the receiver reads them.',
  'segment.lost': 'Segment {segment} ({direction}) is lost: {undeliveredOctets} octets never arrive.',
  'command': 'The server reads the command {keyword}.',
  'command.unknown': 'The server reads a line it does not understand.',
  'reply.ok': 'The server answers with a positive status line.',
  'reply.ok.multiline': 'The server answers +OK; data lines follow, ending with a line holding only "." (CRLF.CRLF).',
  'reply.err': 'The server answers -ERR: the command was refused.',
  'server.state': 'The server session moves from {from} to {to}.',
  'client.state': '{device} moves from {from} to {to}.',
  'marked': 'Message {number} is marked for deletion. Nothing is removed yet.',
  'unmarked': 'Message {number} is no longer marked for deletion.',
  'unmarked.session-ended': 'The session ended without its commit point, so its marks vanish; the message stays.',
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
  'copy.memory': '{device} holds a complete copy in memory only; a crash would lose it.',
  'copy.durable': '{device}\'s copy is now durable on disk.',
  'copy.discarded': '{device} throws away an incomplete copy.',
  'copy.lost': '{device} crashed: the copy that was only in memory is gone.',
  'uid.remembered': '{device} remembers UID {uid}, so it will not fetch this message again.',
  'uid.forgotten': '{device} forgets UID {uid}.',
  'fault.drop-connection': 'Fault: the connection of {device} drops. Both ends notice at once (TCP reset).',
  'fault.lose-segment': "Fault: {device}'s connection loses one segment: {detail}.",
  'fault.crash-client': 'Fault: {device} crashes. Memory is lost, the disk is kept. The server does not notice until autologout.',
  'fault.crash-server': 'Fault: the server crashes and restarts. Sessions end without UPDATE; the maildrop is kept.',
  'fault.idle-past-autologout': 'Fault: {device} goes silent; the server\'s autologout timer will fire.',
  'fault.second-device-login': 'Fault: {device} logs in now, while another session may hold the lock.',
  'server.autologout': 'Autologout: the server closes the idle session. No UPDATE, nothing removed.',
  'server.aborted': 'The session ended without QUIT: no UPDATE, nothing removed.',
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

/** The English sentence for one trace event, with its RFC citation if any. */
export function explainEvent(event: TraceEvent): string {
  if (!isExplainKey(event.explain)) throw new Error(`explain key ${JSON.stringify(event.explain)} is missing from the catalogue (src/sim/explain.ts)`);
  const values: Record<string, unknown> = { ...event };
  if (event.kind === 'send') values['octets'] = event.octets.length;
  if (event.kind === 'deliver') {
    values['from'] = event.offset;
    values['to'] = event.offset + event.octets.length - 1;
  }
  const text = fillTemplate(EXPLAIN[event.explain], values);
  return event.rfc ? `${text} (${event.rfc})` : text;
}
