/**
 * The built-in library's titles and summaries, from the message catalogue
 * (library_<id>Title, …Summary, and per retention mode …KeepTitle, …): the
 * scenario files keep their English as data (an exported scenario is a
 * file, not a page), and the app shows a built-in scenario in the page's
 * language. Loaded with the library (src/ui/wiring.ts loadBuiltins), never in the first load.
 */
import * as m from './paraglide/messages.js';
import { DEFAULT_SCENARIO_TEXT, type BuiltinText } from './library-default-text.ts';

export type { BuiltinText };

export const BUILTIN_TEXT: Readonly<Record<string, BuiltinText>> = {
  ...DEFAULT_SCENARIO_TEXT,
  'f1-drop-mid-retr-delete': { title: m.library_f1DropMidRetrDeleteTitle, summary: m.library_f1DropMidRetrDeleteSummary, keep: { title: m.library_f1DropMidRetrDeleteKeepTitle, summary: m.library_f1DropMidRetrDeleteKeepSummary } },
  'f1-drop-mid-retr-keep': { title: m.library_f1DropMidRetrKeepTitle, summary: m.library_f1DropMidRetrKeepSummary },
  'f2-drop-before-dele': { title: m.library_f2DropBeforeDeleTitle, summary: m.library_f2DropBeforeDeleSummary, keep: { summary: m.library_f2DropBeforeDeleKeepSummary } },
  'f3-drop-before-quit': { title: m.library_f3DropBeforeQuitTitle, summary: m.library_f3DropBeforeQuitSummary, keep: { title: m.library_f3DropBeforeQuitKeepTitle, summary: m.library_f3DropBeforeQuitKeepSummary } },
  'f3-drop-before-quit-expunge': { title: m.library_f3DropBeforeQuitExpungeTitle, summary: m.library_f3DropBeforeQuitExpungeSummary },
  'f3-crash-before-quit-expunge': { title: m.library_f3CrashBeforeQuitExpungeTitle, summary: m.library_f3CrashBeforeQuitExpungeSummary },
  'f3-crash-before-quit-rfc': { title: m.library_f3CrashBeforeQuitRfcTitle, summary: m.library_f3CrashBeforeQuitRfcSummary, keep: { summary: m.library_f3CrashBeforeQuitRfcKeepSummary } },
  'f4-quit-lost': { title: m.library_f4QuitLostTitle, summary: m.library_f4QuitLostSummary },
  'f5-quit-reply-lost': { title: m.library_f5QuitReplyLostTitle, summary: m.library_f5QuitReplyLostSummary },
  'f6-update-partly-fails': { title: m.library_f6UpdatePartlyFailsTitle, summary: m.library_f6UpdatePartlyFailsSummary },
  'f7-crash-before-durable-delete': { title: m.library_f7CrashBeforeDurableDeleteTitle, summary: m.library_f7CrashBeforeDurableDeleteSummary, keep: { title: m.library_f7CrashBeforeDurableDeleteKeepTitle, summary: m.library_f7CrashBeforeDurableDeleteKeepSummary } },
  'f7-crash-before-durable-keep': { title: m.library_f7CrashBeforeDurableKeepTitle, summary: m.library_f7CrashBeforeDurableKeepSummary },
  'f8-pipelined-crash': { title: m.library_f8PipelinedCrashTitle, summary: m.library_f8PipelinedCrashSummary },
  'f9-idle-autologout': { title: m.library_f9IdleAutologoutTitle, summary: m.library_f9IdleAutologoutSummary, keep: { summary: m.library_f9IdleAutologoutKeepSummary } },
  'f10-two-devices-delete': { title: m.library_f10TwoDevicesDeleteTitle, summary: m.library_f10TwoDevicesDeleteSummary, keep: { title: m.library_f10TwoDevicesDeleteKeepTitle, summary: m.library_f10TwoDevicesDeleteKeepSummary } },
  'f11-f14-retention-gap': { title: m.library_f11F14RetentionGapTitle, summary: m.library_f11F14RetentionGapSummary },
  'f11-deleted-here': { title: m.library_f11DeletedHereTitle, summary: m.library_f11DeletedHereSummary },
  'f12-in-use': { title: m.library_f12InUseTitle, summary: m.library_f12InUseSummary },
  'f13-expire-0-keep': { title: m.library_f13Expire0KeepTitle, summary: m.library_f13Expire0KeepSummary },
  'f15-no-uidl-server-keep': { title: m.library_f15NoUidlServerKeepTitle, summary: m.library_f15NoUidlServerKeepSummary },
  'f15-client-without-uidl': { title: m.library_f15ClientWithoutUidlTitle, summary: m.library_f15ClientWithoutUidlSummary },
  'f16-uids-reassigned': { title: m.library_f16UidsReassignedTitle, summary: m.library_f16UidsReassignedSummary },
  'f18-stale-number': { title: m.library_f18StaleNumberTitle, summary: m.library_f18StaleNumberSummary },
  'f19-no-dot-stuffing-delete': { title: m.library_f19NoDotStuffingDeleteTitle, summary: m.library_f19NoDotStuffingDeleteSummary },
  'f19-no-dot-stuffing-keep': { title: m.library_f19NoDotStuffingKeepTitle, summary: m.library_f19NoDotStuffingKeepSummary },
  'f20-login-delay': { title: m.library_f20LoginDelayTitle, summary: m.library_f20LoginDelaySummary },
  'f12-silent-connection-in-use': { title: m.library_f12SilentConnectionInUseTitle, summary: m.library_f12SilentConnectionInUseSummary, keep: { summary: m.library_f12SilentConnectionInUseKeepSummary } },
  'crash-app-before-quit': { title: m.library_crashAppBeforeQuitTitle, summary: m.library_crashAppBeforeQuitSummary, keep: { summary: m.library_crashAppBeforeQuitKeepSummary } },
  'power-loss-before-quit': { title: m.library_powerLossBeforeQuitTitle, summary: m.library_powerLossBeforeQuitSummary, keep: { summary: m.library_powerLossBeforeQuitKeepSummary } },
  'server-crash-downtime': { title: m.library_serverCrashDowntimeTitle, summary: m.library_serverCrashDowntimeSummary, keep: { summary: m.library_serverCrashDowntimeKeepSummary } },
  'lost-segment-retransmitted': { title: m.library_lostSegmentRetransmittedTitle, summary: m.library_lostSegmentRetransmittedSummary },
  'pop2-ackd-session': { title: m.library_pop2AckdSessionTitle, summary: m.library_pop2AckdSessionSummary },
  'pop2-drop-mid-retr': { title: m.library_pop2DropMidRetrTitle, summary: m.library_pop2DropMidRetrSummary },
  'pop2-drop-before-ackd': { title: m.library_pop2DropBeforeAckdTitle, summary: m.library_pop2DropBeforeAckdSummary },
  'pop2-drop-after-ackd': { title: m.library_pop2DropAfterAckdTitle, summary: m.library_pop2DropAfterAckdSummary },
  'pop2-crash-before-durable': { title: m.library_pop2CrashBeforeDurableTitle, summary: m.library_pop2CrashBeforeDurableSummary },
  'pop2-keep-acks': { title: m.library_pop2KeepAcksTitle, summary: m.library_pop2KeepAcksSummary },
  'pop2-ackd-read-only': { title: m.library_pop2AckdReadOnlyTitle, summary: m.library_pop2AckdReadOnlySummary },
  'pop2-drop-after-ackd-uw': { title: m.library_pop2DropAfterAckdUwTitle, summary: m.library_pop2DropAfterAckdUwSummary },
  'pop1-rdel-session': { title: m.library_pop1RdelSessionTitle, summary: m.library_pop1RdelSessionSummary },
  'pop1-drop-mid-transfer': { title: m.library_pop1DropMidTransferTitle, summary: m.library_pop1DropMidTransferSummary },
  'pop1-drop-before-rcvd': { title: m.library_pop1DropBeforeRcvdTitle, summary: m.library_pop1DropBeforeRcvdSummary },
  'pop1-crash-before-durable': { title: m.library_pop1CrashBeforeDurableTitle, summary: m.library_pop1CrashBeforeDurableSummary },
  'pop1-keep-retr': { title: m.library_pop1KeepRetrTitle, summary: m.library_pop1KeepRetrSummary },
  'pop1-rcvd-refused': { title: m.library_pop1RcvdRefusedTitle, summary: m.library_pop1RcvdRefusedSummary },
  'pop1-keep-partial': { title: m.library_pop1KeepPartialTitle, summary: m.library_pop1KeepPartialSummary },
};
