/**
 * Why a message came twice, read from the trace (never hard-coded per
 * scenario): the Outcome's duplicate lines say it next to the step where the
 * second copy appeared.
 *
 * The ledger's decisive step of a duplicate is the `copy` event where a
 * device first held a second complete copy. Walking back from it: the
 * device's first complete copy (and the session that fetched it), then what
 * that session did to the server's copy:
 * - it marked it (DELE, ACKD…) and the session ended without committing, so
 *   the marks were undone (RFC 1939 §6 for POP3; POP1/POP2 runs say it in
 *   their own words, with no RFC 1939 name);
 * - it marked it and the mark stayed, but the server did not remove it
 *   (e.g. the commit failed);
 * - it never marked it: a device that keeps mail on the server tells old
 *   mail from new only by remembering UIDs (RFC 1939 §7), and either it does
 *   not remember them or the UID it remembered no longer matched;
 * - the same session fetched it twice.
 */
import type { TraceEvent, WorldConfig } from '../../sim/types.ts';
import * as m from '../../i18n/paraglide/messages.js';
import { sayEndReason, sayFaultDetail } from '../../i18n/trace-words.ts';

export interface Why {
  readonly text: string;
  /** The trace step that shows the cause (e.g. where the marks were undone), if there is one. */
  readonly step?: number;
  /** Words for a link to that step, before its number ("marks undone at step"). */
  readonly stepText?: string;
}

type Ev<K extends TraceEvent['kind']> = Extract<TraceEvent, { kind: K }>;
/** A mark or an unmark (one event shape in the trace). */
type Mark = Extract<TraceEvent, { kind: 'marked' | 'unmarked' }>;

const complete = (e: TraceEvent, uid: string, device: string): e is Ev<'copy'> =>
  e.kind === 'copy' && e.uid === uid && e.device === device && (e.change === 'memory' || e.change === 'durable');

/** The command keyword that marked the message, e.g. "DELE" (the last command of that session before the mark). */
function markingCommand(trace: readonly TraceEvent[], mark: Mark): string {
  for (let i = mark.step - 1; i >= 0 && i >= mark.step - 50; i--) {
    const e = trace[i]!;
    if (e.kind === 'command' && e.device === mark.device && e.session === mark.session) return e.keyword;
  }
  return m.why_deleteWord();
}

/** Why session `session` of `device` ended: a fault's own words, or the session-end reason. */
function endOf(trace: readonly TraceEvent[], device: string, session: number | undefined, from: number, to: number): string {
  for (let i = from; i < to; i++) {
    const e = trace[i]!;
    if (e.kind === 'fault' && (e.device === undefined || e.device === device) && (e.session === undefined || e.session === session)) return sayFaultDetail(e.detail);
  }
  for (let i = from; i < trace.length; i++) {
    const e = trace[i]!;
    if (e.kind === 'session-end' && e.device === device && e.session === session) return e.ok ? '' : sayEndReason(e.reason);
  }
  return '';
}

const DELETE_COMMANDS = new Set(['DELE', 'ACKD', 'RCVD', 'RDEL']);
const PROTOCOL_NAME = { pop1: 'POP1', pop2: 'POP2', pop3: 'POP3' } as const;

export function whyDuplicated(trace: readonly TraceEvent[], uid: string, decisiveStep: number, config: WorldConfig): Why | null {
  const second = trace[decisiveStep];
  if (!second || second.kind !== 'copy' || !complete(second, uid, second.device)) return null;
  const device = second.device;
  const protocol = config.protocol;
  const policy = config.devices.find((d) => d.name === device)?.policy;
  let firstAt = -1;
  for (let i = 0; i < decisiveStep; i++) {
    if (complete(trace[i]!, uid, device)) {
      firstAt = i;
      break;
    }
  }
  if (firstAt < 0) return null;
  const s1 = trace[firstAt]!.session;
  const s2 = second.session;
  if (s1 === s2) return { text: m.why_sameSession({ device, session: s2 ?? 1 }) };
  const again = m.why_again({ device, session: s2 ?? '?' });
  // s1 is the first session's number (1 when the trace does not say).
  const first = s1 ?? 1;
  let mark: Mark | null = null;
  let undone: Mark | null = null;
  let removedAt = -1;
  let quitSent = false;
  /** The delete command this session sent right after fetching the message, if any. */
  let deleteSent: Ev<'command'> | null = null;
  let otherFetched = false;
  /** The unique-id the device remembered for it in session 1, and whether it later forgot it. */
  let rememberedAs: string | null = null;
  let forgotten = false;
  let uidlRefused = false;
  let lastCommand: Ev<'command'> | null = null;
  for (let i = 0; i < decisiveStep; i++) {
    const e = trace[i]!;
    const own = 'device' in e && e.device === device;
    // Session 1 as a whole: its marks (POP1 marks before it fetches) and its refused UIDL.
    if (e.kind === 'command' && own && e.session === s1) lastCommand = e;
    if (e.kind === 'reply' && own && e.session === s1 && !e.ok && lastCommand?.keyword === 'UIDL') uidlRefused = true;
    if (e.kind === 'marked' && e.uid === uid && own && e.session === s1) mark = e;
    if (e.kind === 'unmarked' && e.uid === uid && mark !== null && e.session === s1 && undone === null) undone = e;
    if (i < firstAt) continue;
    if (e.kind === 'copy' && own && e.uid !== uid && e.session === s1 && (e.change === 'memory' || e.change === 'durable')) otherFetched = true;
    if (e.kind === 'command' && own && e.session === s1) {
      if (e.keyword === 'QUIT' && undone === null) quitSent = true;
      if (!otherFetched && deleteSent === null && DELETE_COMMANDS.has(e.keyword)) deleteSent = e;
    }
    if (e.kind === 'uid-memory' && own) {
      if (e.change === 'remembered' && e.session === s1 && !otherFetched && rememberedAs === null) rememberedAs = e.uid;
      if (e.change === 'forgotten' && e.uid === rememberedAs) forgotten = true;
    }
    if (e.kind === 'removed' && e.uid === uid) removedAt = i;
  }
  const why = endOf(trace, device, s1, firstAt, undone?.step ?? decisiveStep);
  const because = why ? m.why_because({ reason: why }) : '';
  const closedBefore = (step: number) => trace.slice(Math.max(0, step - 30), step).some((e) => e.kind === 'connection' && e.device === device && e.session === s1 && e.change !== 'opened');
  if (mark && undone && undone.explain !== 'unmarked.session-ended' && !closedBefore(undone.step)) {
    // Undone by a command of the session itself (RSET, or a refused RCVD), not by its end.
    const by = markingCommand(trace, undone);
    const reply = trace.slice(undone.step, undone.step + 20).find((e): e is Ev<'reply'> => e.kind === 'reply' && e.device === device && e.session === s1);
    const said = reply && !reply.ok ? m.why_serverAnswered({ line: reply.line }) : '';
    return {
      text: m.why_undoneByCommand({ again, s1: first, keyword: markingCommand(trace, mark), by, said }),
      step: undone.step,
      stepText: m.why_stepMarkUndone(),
    };
  }
  if (mark && undone) {
    const keyword = markingCommand(trace, mark);
    if (quitSent) {
      return {
        text: m.why_quitNotRemoved({ again, s1: first, keyword, because }),
        step: undone.step,
        stepText: m.why_stepMarkUndone(),
      };
    }
    const ended = protocol === 'pop3' ? m.why_endedPop3 : protocol === 'pop1' ? m.why_endedPop1 : m.why_endedPop2;
    return {
      text: ended({ again, s1: first, keyword, because }),
      step: undone.step,
      stepText: m.why_stepMarksUndone(),
    };
  }
  if (mark && removedAt < 0) {
    return { text: m.why_markedNotRemoved({ again, s1: first, keyword: markingCommand(trace, mark) }), step: mark.step, stepText: m.why_stepMarked() };
  }
  if (policy?.retention === 'delete') {
    if (deleteSent) return { text: m.why_deleteKept({ again, s1: first, keyword: deleteSent.keyword, because }), step: deleteSent.step, stepText: m.why_stepCommand({ keyword: deleteSent.keyword }) };
    return { text: m.why_endedBeforeDelete({ again, s1: first, because }) };
  }
  if (protocol !== 'pop3') {
    return { text: m.why_noUids({ again, s1: first, protocol: PROTOCOL_NAME[protocol] }) };
  }
  if (policy && !policy.useUidl) {
    return { text: m.why_noUidl({ again, s1: first, device }) };
  }
  if (uidlRefused) {
    return { text: m.why_uidlRefused({ again, s1: first, device }) };
  }
  if (rememberedAs !== null && forgotten) {
    return { text: m.why_uidChanged({ again, device, uid: rememberedAs }) };
  }
  return { text: m.why_notRemembered({ again, s1: first, device }) };
}
