/**
 * A short sentence for a trace step, for narration and the explanation panel.
 *
 * The explanation catalogue of the simulator (src/sim/explain.ts) is the
 * source of truth; these sentences only restate the event's own fields, so a
 * step always has words even if the catalogue has no entry for its key.
 */
import type { TraceEvent } from '../../sim/types.ts';
import { t } from '../messages.ts';

export function describeEvent(ev: TraceEvent, labels?: ReadonlyMap<string, string>): string {
  const name = (uid: string) => (labels?.get(uid) ? `“${labels.get(uid)}”` : uid);
  switch (ev.kind) {
    case 'session-start':
      return `${ev.device} starts session ${ev.session}.`;
    case 'connection':
      return ev.change === 'opened'
        ? `${ev.device} opens a connection to the server.`
        : ev.change === 'closed'
          ? `The connection of ${ev.device} closes normally.`
          : ev.change === 'refused'
            ? `The server is down: ${ev.device}'s connection is refused.`
            : `The connection of ${ev.device} is cut.`;
    case 'send':
      return ev.direction === 'c2s'
        ? `${ev.device} sends ${ev.label} (${ev.octets.length} octets).`
        : `The server answers ${ev.device}: ${ev.label} (${ev.octets.length} octets).`;
    case 'deliver':
      return ev.final
        ? `${ev.direction === 'c2s' ? 'The server' : ev.device} has received all of it.`
        : `${ev.octets.length} more octets arrive (from octet ${ev.offset}).`;
    case 'segment-lost':
      return `${ev.undeliveredOctets} octets never arrive.`;
    case 'retransmitted':
      return `TCP resends a lost segment; it arrives ${ev.delayTicks / 1000} s late.`;
    case 'server-restarted':
      return 'The server is back up.';
    case 'arrived':
      return `New mail arrives: ${name(ev.uid)}.`;
    case 'command':
      return `The server reads the command ${ev.keyword}.`;
    case 'reply':
      return ev.ok ? `${ev.device} reads a positive reply (+OK).` : `${ev.device} reads an error reply (-ERR).`;
    case 'server-state':
      return `The server's session moves from ${ev.from} to ${ev.to}.`;
    case 'client-state':
      return `${ev.device}'s mail program goes on to its next step, ${ev.to} (a step of the program, not a state of the protocol).`;
    case 'marked':
      return `Message ${ev.number} is marked for deletion. Nothing is removed yet.`;
    case 'unmarked':
      return `Message ${ev.number} is no longer marked.`;
    case 'removed':
      return `The server removes ${name(ev.uid)} (${ev.reason}).`;
    case 'lock':
      return `Maildrop lock: ${ev.change} (${ev.device}).`;
    case 'copy':
      return ev.change === 'durable'
        ? `${ev.device}'s copy of ${name(ev.uid)} is now durable on disk.`
        : ev.change === 'memory'
          ? `${ev.device} holds ${name(ev.uid)} in memory only: not yet safe.`
          : ev.change === 'partial'
            ? `${ev.device} has part of ${name(ev.uid)}.`
            : ev.change === 'lost'
              ? `${ev.device}'s copy of ${name(ev.uid)} is lost.`
              : ev.change === 'deleted'
                ? `The user deletes ${name(ev.uid)} on ${ev.device}.`
                : `${ev.device} discards its copy of ${name(ev.uid)}.`;
    case 'uid-memory':
      return `${ev.device} ${ev.change === 'remembered' ? 'remembers' : 'forgets'} UID ${ev.uid}.`;
    case 'fault':
      return `${t.faultNames[ev.fault]}${ev.device ? ` (${ev.device})` : ''}: ${ev.detail}`;
    case 'session-end':
      return `${ev.device}'s session ends${ev.ok ? '' : ' abnormally'}: ${ev.reason}.`;
  }
}
