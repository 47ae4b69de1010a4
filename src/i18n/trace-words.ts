/**
 * The words for the two codes a trace event carries besides its explain key:
 * why a session ended (EndReason, from the client engines and the simulator)
 * and what a fault found and did (FaultDetail, from the simulator). The
 * engines and the simulator emit codes and values, never English (issue 11);
 * this is the one place that says them, for the sequence diagram, the SVG
 * export, the narration, the presenter notes, the Outcome's "why" and the
 * CLI alike.
 *
 * The server's own line (`line`) is shown as received: it is on the wire.
 * Numbers go through Intl in the current language.
 */
import * as m from './paraglide/messages.js';
import { getLocale } from './paraglide/runtime.js';
import { PEER_VIOLATIONS, type EndReason } from '../protocol/engine.ts';
import type { Direction, FaultDetail } from '../sim/types.ts';

const number = (n: number): string => new Intl.NumberFormat(getLocale(), { maximumFractionDigits: 3 }).format(n);

/** "client → server" / "server → client" in the current language. */
export function sayDirection(direction: Direction): string {
  return direction === 'c2s' ? m.layout_sideC2s() : m.layout_sideS2c();
}

function endText(r: EndReason): string {
  switch (r.code) {
    case 'quit':
      return m.ending_quit();
    case 'connection-lost':
      return m.ending_connectionLost();
    case 'lost-before-quit-reply':
      return r.after ? m.ending_lostBeforeQuitReplyAfter({ after: sayEndReason(r.after) }) : m.ending_lostBeforeQuitReply();
    case 'greeting-refused':
      return m.ending_greetingRefused({ line: r.line });
    case 'refused':
      return m.ending_refused({ command: r.command, line: r.line });
    case 'login-failed':
      return m.ending_loginFailed({ command: r.command, line: r.line });
    case 'in-use':
      return m.ending_inUse({ line: r.line });
    case 'login-delay':
      return m.ending_loginDelay({ line: r.line });
    case 'no-apop-timestamp':
      return m.ending_noApopTimestamp();
    case 'unexpected-reply':
      return m.ending_unexpectedReply({ command: r.command, line: r.line });
    case 'reply-not-due':
      return m.ending_replyNotDue({ line: r.line });
    case 'malformed-reply':
      return m.ending_malformedReply({ command: r.command, expected: r.expected, line: r.line });
    case 'not-a-status':
      return m.ending_notAStatus({ line: r.line });
    case 'line-too-long':
      return r.octets === undefined ? m.ending_lineTooLongAtLimit({ limit: number(r.limit) }) : m.ending_lineTooLong({ octets: number(r.octets), limit: number(r.limit) });
    case 'sasl-challenge-after-initial':
      return m.ending_saslChallengeAfterInitial();
    case 'sasl-ok-before-response':
      return m.ending_saslOkBeforeResponse();
    case 'sasl-not-base64':
      return m.ending_saslNotBase64();
    case 'sasl-second-challenge':
      return m.ending_saslSecondChallenge();
    case 'connection-closed':
      return m.ending_connectionClosed();
    case 'connection-refused':
      return m.ending_connectionRefused();
    case 'timed-out':
      return m.ending_timedOut();
    case 'app-crashed':
      return m.ending_appCrashed();
    case 'power-lost':
      return m.ending_powerLost();
  }
}

/**
 * Why a session ended, in the current language: a peer's violation says so
 * first (design: errors split by blame), and the RFC rule follows in brackets.
 */
export function sayEndReason(reason: EndReason): string {
  const said = endText(reason);
  const text = PEER_VIOLATIONS.has(reason.code) ? m.ending_peerViolation({ text: said }) : said;
  return reason.rfc ? m.narration_withRfc({ text, rfc: reason.rfc }) : text;
}

/** What a fault found and did, in the current language. */
export function sayFaultDetail(detail: FaultDetail): string {
  switch (detail.code) {
    case 'no-connection':
      return m.fault_detailNoConnection();
    case 'no-session':
      return m.fault_detailNoSession();
    case 'connection-reset':
      return m.fault_detailConnectionReset();
    case 'half-open':
      return m.fault_detailHalfOpen();
    case 'app-crashed':
      return m.fault_detailAppCrashed();
    case 'power-lost':
      return m.fault_detailPowerLost();
    case 'client-goes-silent':
      return m.fault_detailClientGoesSilent();
    case 'already-in-session':
      return m.fault_detailAlreadyInSession();
    case 'logs-in-now':
      return m.fault_detailLogsInNow();
    case 'segment-lost':
      return m.fault_detailSegmentLost({ dir: sayDirection(detail.direction), seconds: number(detail.resendSeconds) });
    case 'server-down':
      return m.fault_detailServerDown({ seconds: number(detail.seconds) });
    case 'end-of-run':
      return m.fault_detailEndOfRun();
  }
}
