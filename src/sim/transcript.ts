/**
 * Turns a trace into a readable C:/S: transcript, as the receiver saw it:
 * lines appear when their octets are delivered, a cut transfer keeps the
 * partial last line that did arrive (marked `[cut]`), and faults, losses
 * and retransmissions are shown as `-- ... --` lines. Directions are
 * written "client → server" / "server → client".
 * With more than one device, each line starts with `[device]`.
 * The notes are in the catalogue's current language (English by default,
 * as the golden transcripts are); the wire lines and codes never change.
 */
import type { FaultDetail, TraceEvent } from './types.ts';
import * as m from '../i18n/paraglide/messages.js';

/**
 * A fault's detail as the transcript writes it: its code and values, like
 * the fault's kind and a removal's reason beside it (a log of codes, not a
 * sentence: the narration says it in words).
 */
const dir = (d: 'c2s' | 's2c'): string => (d === 'c2s' ? m.transcript_logClientToServer() : m.transcript_logServerToClient());

function faultCode(d: FaultDetail): string {
  if (d.code === 'segment-lost') return m.transcript_logSegmentLostCode({ code: d.code, dir: dir(d.direction), seconds: d.resendSeconds });
  if (d.code === 'server-down') return `${d.code}, ${d.seconds} s`;
  return d.code;
}

export function toTranscript(trace: readonly TraceEvent[]): string {
  const devices = new Set<string>();
  for (const e of trace) if ('device' in e && e.device !== undefined) devices.add(e.device);
  const multi = devices.size > 1;
  const out: string[] = [];
  const prefix = (device: string | undefined): string => (multi && device !== undefined ? `[${device}] ` : '');
  /** segment -> octets received but not yet ended by CRLF */
  const pending = new Map<number, { device: string; side: 'C' | 'S'; text: string }>();
  /** segment -> first line, for segments lost before any octet arrived */
  const labels = new Map<number, string>();

  /** Segments of which some octets arrived before a fault cut them. */
  const cut = new Set<number>();
  const flushPartial = (segment: number, note: string): void => {
    const p = pending.get(segment);
    pending.delete(segment);
    if (p && p.text.length > 0) out.push(`${prefix(p.device)}${p.side}: ${p.text}  [${note}]`);
  };
  /** A fault or a broken connection: show the part-lines that did arrive, before saying what happened. */
  const flushCut = (device: string | undefined): void => {
    for (const [segment, p] of [...pending]) {
      if (device !== undefined && p.device !== device) continue;
      cut.add(segment);
      flushPartial(segment, m.transcript_logCut());
    }
  };

  for (const e of trace) {
    switch (e.kind) {
      case 'session-start':
        out.push(`${prefix(e.device)}${m.transcript_logSession({ n: e.session })}`);
        break;
      case 'deliver': {
        labels.delete(e.segment);
        const side = e.direction === 'c2s' ? 'C' : 'S';
        const p = pending.get(e.segment) ?? { device: e.device, side, text: '' };
        let text = p.text + e.octets;
        for (let guard = 0; guard <= text.length; guard++) {
          const i = text.indexOf('\r\n');
          if (i < 0) break;
          out.push(`${prefix(e.device)}${side}: ${text.slice(0, i)}`);
          text = text.slice(i + 2);
        }
        p.text = text;
        pending.set(e.segment, p);
        if (e.final) flushPartial(e.segment, m.transcript_logNoLineEnd());
        break;
      }
      case 'send':
        labels.set(e.segment, e.label);
        break;
      case 'segment-lost': {
        // A segment of which nothing arrived shows its first line; one cut part-way keeps
        // the part that did arrive (flushed as a partial line).
        const partly = pending.has(e.segment) || cut.delete(e.segment);
        if (!partly) out.push(`${prefix(e.device)}${e.direction === 'c2s' ? 'C' : 'S'}: ${labels.get(e.segment) ?? ''}  [${m.transcript_logNeverArrives()}]`);
        flushPartial(e.segment, m.transcript_logCut());
        labels.delete(e.segment);
        const lost = { dir: dir(e.direction), n: e.undeliveredOctets };
        out.push(`${prefix(e.device)}${partly ? m.transcript_logMoreOctetsNeverArrive(lost) : m.transcript_logOctetsNeverArrive(lost)}`);
        break;
      }
      case 'retransmitted':
        out.push(`${prefix(e.device)}${m.transcript_logResent({ dir: dir(e.direction), seconds: e.delayTicks / 1000 })}`);
        break;
      case 'server-restarted':
        out.push(m.transcript_logServerBack());
        break;
      case 'arrived':
        out.push(m.transcript_logArrives({ uid: e.uid }));
        break;
      case 'connection':
        if (e.change === 'dropped') {
          flushCut(e.device);
          out.push(`${prefix(e.device)}${e.timedOut ? m.transcript_logTimedOut() : m.transcript_logDropped()}`);
        } else if (e.change === 'closed') {
          out.push(`${prefix(e.device)}${m.transcript_logClosed()}`);
        } else if (e.change === 'refused') {
          out.push(`${prefix(e.device)}${m.transcript_logRefused()}`);
        }
        break;
      case 'fault':
        if (e.fault !== 'lose-segment') flushCut(e.device);
        out.push(`${prefix(e.device)}${m.transcript_logFault({ fault: e.fault, code: faultCode(e.detail) })}`);
        break;
      case 'server-state':
        if (e.to === 'CLOSED') out.push(`${prefix(e.device)}${e.explain.startsWith('server.autologout') ? m.transcript_logServerClosedAutologout() : m.transcript_logServerClosedAborted()}`);
        break;
      case 'removed':
        out.push(`${prefix(e.device)}${m.transcript_logRemoved({ uid: e.uid, reason: e.reason })}`);
        break;
      default:
        break;
    }
  }
  return out.join('\n') + (out.length > 0 ? '\n' : '');
}
