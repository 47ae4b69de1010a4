/**
 * A short sentence for a trace step, for narration and the explanation panel,
 * in the page's language (message catalogue, describe_).
 *
 * The explanation catalogue of the simulator (src/sim/explain.ts) is the
 * source of truth; these sentences only restate the event's own fields, so a
 * step always has words even if the catalogue has no entry for its key.
 */
import type { TraceEvent } from '../../sim/types.ts';
import type { RemovalReason } from '../../protocol/maildrop.ts';
import * as m from '../../i18n/paraglide/messages.js';
import { getLocale } from '../../i18n/paraglide/runtime.js';
import { t } from '../messages.ts';
import { sayEndReason, sayFaultDetail } from '../../i18n/trace-words.ts';

const REASON: Readonly<Record<RemovalReason, () => string>> = {
  update: m.describe_reasonUpdate,
  release: m.describe_reasonRelease,
  rcvd: m.describe_reasonRcvd,
  'expunge-on-dele': m.describe_reasonExpungeOnDele,
  'download-once': m.describe_reasonDownloadOnce,
  retention: m.describe_reasonRetention,
};

export function describeEvent(ev: TraceEvent, labels?: ReadonlyMap<string, string>): string {
  const name = (uid: string) => {
    const label = labels?.get(uid);
    return label ? m.describe_messageLabel({ label }) : uid;
  };
  switch (ev.kind) {
    case 'session-start':
      return m.describe_sessionStart({ device: ev.device, session: ev.session });
    case 'connection':
      return ev.change === 'opened'
        ? m.describe_connectionOpened({ device: ev.device })
        : ev.change === 'closed'
          ? m.describe_connectionClosed({ device: ev.device })
          : ev.change === 'refused'
            ? m.describe_connectionRefused({ device: ev.device })
            : m.describe_connectionCut({ device: ev.device });
    case 'send':
      return ev.direction === 'c2s'
        ? m.describe_sendC2s({ device: ev.device, label: ev.label, octets: ev.octets.length })
        : m.describe_sendS2c({ device: ev.device, label: ev.label, octets: ev.octets.length });
    case 'deliver':
      if (ev.final) return ev.direction === 'c2s' ? m.describe_deliveredServer() : m.describe_deliveredDevice({ device: ev.device });
      return m.describe_deliverPart({ octets: ev.octets.length, offset: ev.offset });
    case 'segment-lost':
      return m.describe_segmentLost({ octets: ev.undeliveredOctets });
    case 'retransmitted':
      return m.describe_retransmitted({ seconds: new Intl.NumberFormat(getLocale(), { maximumFractionDigits: 3 }).format(ev.delayTicks / 1000) });
    case 'server-restarted':
      return m.describe_serverRestarted();
    case 'arrived':
      return m.describe_arrived({ message: name(ev.uid) });
    case 'command':
      return m.describe_command({ keyword: ev.keyword });
    case 'reply':
      return ev.ok ? m.describe_replyOk({ device: ev.device }) : m.describe_replyErr({ device: ev.device });
    case 'server-state':
      return m.describe_serverState({ from: ev.from, to: ev.to });
    case 'client-state':
      return m.describe_clientState({ device: ev.device, to: ev.to });
    case 'marked':
      return m.describe_marked({ number: ev.number });
    case 'unmarked':
      return m.describe_unmarked({ number: ev.number });
    case 'removed':
      return m.describe_removed({ message: name(ev.uid), reason: REASON[ev.reason]() });
    case 'lock':
      return ev.change === 'locked'
        ? m.describe_lockLocked({ device: ev.device })
        : ev.change === 'refused'
          ? m.describe_lockRefused({ device: ev.device })
          : m.describe_lockReleased({ device: ev.device });
    case 'copy': {
      const args = { device: ev.device, message: name(ev.uid) };
      return ev.change === 'durable'
        ? m.describe_copyDurable(args)
        : ev.change === 'memory'
          ? m.describe_copyMemory(args)
          : ev.change === 'partial'
            ? m.describe_copyPartial(args)
            : ev.change === 'lost'
              ? m.describe_copyLost(args)
              : ev.change === 'deleted'
                ? m.describe_copyDeleted(args)
                : m.describe_copyDiscarded(args);
    }
    case 'uid-memory':
      return ev.change === 'remembered' ? m.describe_uidRemembered({ device: ev.device, uid: ev.uid }) : m.describe_uidForgotten({ device: ev.device, uid: ev.uid });
    case 'fault':
      return ev.device
        ? m.describe_faultOn({ fault: t.faultNames[ev.fault], device: ev.device, detail: sayFaultDetail(ev.detail) })
        : m.describe_fault({ fault: t.faultNames[ev.fault], detail: sayFaultDetail(ev.detail) });
    case 'session-end':
      return ev.ok
        ? m.describe_sessionEnd({ device: ev.device, reason: sayEndReason(ev.reason) })
        : m.describe_sessionEndAbnormal({ device: ev.device, reason: sayEndReason(ev.reason) });
  }
}
