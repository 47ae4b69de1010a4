/**
 * Turns a trace into a readable C:/S: transcript, as the receiver saw it:
 * lines appear when their octets are delivered, a cut transfer shows the
 * partial last line, and faults and losses are shown as `-- ... --` lines.
 * With more than one device, each line starts with `[device]`.
 */
import type { TraceEvent } from './types.ts';

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

  const flushPartial = (segment: number, note: string): void => {
    const p = pending.get(segment);
    pending.delete(segment);
    if (p && p.text.length > 0) out.push(`${prefix(p.device)}${p.side}: ${p.text}  [${note}]`);
  };

  for (const e of trace) {
    switch (e.kind) {
      case 'session-start':
        out.push(`${prefix(e.device)}-- session ${e.session} --`);
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
        if (e.final) flushPartial(e.segment, 'no line end');
        break;
      }
      case 'send':
        labels.set(e.segment, e.label);
        break;
      case 'segment-lost':
        if (!pending.has(e.segment)) out.push(`${prefix(e.device)}${e.direction === 'c2s' ? 'C' : 'S'}: ${labels.get(e.segment) ?? ''}  [never arrives]`);
        flushPartial(e.segment, 'cut');
        out.push(`${prefix(e.device)}-- ${e.direction === 'c2s' ? 'client->server' : 'server->client'} segment lost: ${e.undeliveredOctets} octets never arrive --`);
        break;
      case 'connection':
        if (e.change === 'dropped') {
          for (const [segment, p] of [...pending]) if (p.device === e.device) flushPartial(segment, 'cut');
          out.push(`${prefix(e.device)}-- connection dropped --`);
        } else if (e.change === 'closed') {
          out.push(`${prefix(e.device)}-- connection closed --`);
        }
        break;
      case 'fault':
        for (const [segment, p] of [...pending]) if (e.device === undefined || p.device === e.device) flushPartial(segment, 'cut');
        out.push(`${prefix(e.device)}-- fault: ${e.fault}${e.detail ? ` (${e.detail})` : ''} --`);
        break;
      case 'server-state':
        if (e.to === 'CLOSED') out.push(`${prefix(e.device)}-- server closed the session (${e.explain === 'server.autologout' ? 'autologout' : 'aborted'}) --`);
        break;
      case 'removed':
        out.push(`${prefix(e.device)}-- server removed ${e.uid} (${e.reason}) --`);
        break;
      default:
        break;
    }
  }
  return out.join('\n') + (out.length > 0 ? '\n' : '');
}
