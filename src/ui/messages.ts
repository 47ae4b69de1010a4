/**
 * The first screen's words, read from the message catalogue
 * (messages/{en,es,de}.json, compiled by Paraglide into src/i18n/paraglide).
 * This object keeps the shape components have always read (`t.play`,
 * `t.delivered(n)`); every value is a getter or a function over a compiled
 * message, so it answers in the language of the moment, and a Svelte template
 * that reads it re-renders when the language changes (src/ui/language.svelte.ts
 * makes the locale a rune).
 *
 * Only the first load's messages are here: lazy panels read their own
 * strings.ts, so their messages load with them.
 */
import * as m from '../i18n/paraglide/messages.js';

export const t = {
  get appName() { return m.app_name(); },

  // Header
  get retention() { return m.header_retention(); },
  get retentionDelete() { return m.header_retentionDelete(); },
  get retentionKeep() { return m.header_retentionKeep(); },
  get scenario() { return m.header_scenario(); },
  get startHere() { return m.app_startHere(); },
  get startHereText() { return m.app_startHereText(); },

  // Stage
  get stageTitle() { return m.stage_title(); },
  get stageDescription() { return m.stage_description(); },
  get server() { return m.stage_server(); },
  get channel() { return m.stage_channel(); },
  get maildrop() { return m.stage_maildrop(); },
  deviceStore: (device: string): string => m.stage_deviceStore({ device }),
  get uidMemory() { return m.stage_uidMemory(); },
  get uidMemoryEmpty() { return m.stage_uidMemoryEmpty(); },
  get storeEmpty() { return m.stage_storeEmpty(); },
  get maildropEmpty() { return m.stage_maildropEmpty(); },
  lockHeldBy: (device: string): string => m.stage_lockHeldBy({ device }),
  get locked() { return m.stage_locked(); },
  get serverDown() { return m.stage_serverDown(); },
  connection: {
    get offline() { return m.stage_connectionOffline(); },
    get connected() { return m.stage_connectionConnected(); },
    get closed() { return m.stage_connectionClosed(); },
    get dropped() { return m.stage_connectionDropped(); },
    get crashed() { return m.stage_connectionCrashed(); },
  },
  serverStatus: {
    get present() { return m.stage_serverPresent(); },
    get marked() { return m.stage_serverMarked(); },
    get removed() { return m.stage_serverRemoved(); },
  },
  copyStatus: {
    get partial() { return m.stage_copyPartial(); },
    get memory() { return m.stage_copyMemory(); },
    get durable() { return m.stage_copyDurable(); },
  },
  /** A count of copies after a message's name; one copy needs no mark. */
  copies: (n: number): string => (n === 1 ? '' : m.stage_copies({ n })),
  wireWay: (from: string, to: string, done: number, total: number): string => m.stage_wireWay({ from, to, done, total }),
  wireArrived: (from: string, to: string): string => m.stage_wireArrived({ from, to }),
  get cut() { return m.stage_cut(); },
  get crashed() { return m.stage_crashed(); },

  // Outcome
  get outcomeTitle() { return m.outcome_title(); },
  delivered: (n: number): string => m.outcome_delivered({ n }),
  duplicated: (n: number): string => m.outcome_duplicated({ n }),
  lost: (n: number): string => m.outcome_lost({ n }),
  gap: (n: number): string => m.outcome_gap({ n }),
  pending: (n: number): string => m.outcome_pending({ n }),
  verdictLine: {
    lost: (label: string): string => m.outcome_lineLost({ label }),
    duplicated: (label: string): string => m.outcome_lineDuplicated({ label }),
    gap: (label: string): string => m.outcome_lineGap({ label }),
  },
  atStep: (step: number): string => m.outcome_atStep({ step }),
  outcomeSoFar: (step: number, last: number): string => m.outcome_soFar({ step, last }),
  get outcomeNotStarted() { return m.outcome_notStarted(); },
  get outcomeFinal() { return m.outcome_final(); },
  get outcomeLive() { return m.outcome_live(); },
  get allGood() { return m.outcome_allGood(); },

  // Controls
  get controls() { return m.controls_title(); },
  get play() { return m.controls_play(); },
  get pause() { return m.controls_pause(); },
  get stepForward() { return m.controls_stepForward(); },
  get stepBack() { return m.controls_stepBack(); },
  get reset() { return m.controls_reset(); },
  get dropConnection() { return m.controls_dropConnection(); },
  get crashClient() { return m.controls_crashClient(); },
  get speed() { return m.controls_speed(); },
  get speedNames(): readonly string[] {
    return [m.controls_speedSlow(), m.controls_speedGentle(), m.controls_speedNormal(), m.controls_speedFast(), m.controls_speedFastest()];
  },
  get timeline() { return m.controls_timeline(); },
  get detail() { return m.controls_detail(); },
  detailNames: {
    get commands() { return m.controls_detailCommands(); },
    get segments() { return m.controls_detailSegments(); },
    get octets() { return m.controls_detailOctets(); },
  },
  stepOf: (step: number, total: number): string => m.controls_stepOf({ step, total }),
  /** Shown (and announced) where the step text goes while the simulator loads after the first paint. */
  get preparing() { return m.controls_preparing(); },
  get invitation() { return m.controls_invitation(); },
  get invitationJump() { return m.controls_invitationJump(); },
  get moreFaults() { return m.controls_moreFaults(); },

  // What loads lazily keeps its strings next to it: the header's menus and
  // tools and the tabs (layout/strings.ts), the sequence diagram, explanation
  // and transcript (diagram/, explain/, transcript/strings.ts), the fault menu
  // and shortcuts dialog (controls/strings.ts). The lines about faults (the
  // scenario's and the learner's) show only after a choice or a fault, so
  // they are lazy too (layout/strings.ts).

  // Narration fallbacks (used when the explanation catalogue has no sentence).
  narrate: {
    get start() { return m.narration_start(); },
    get end() { return m.narration_end(); },
    get empty() { return m.narration_empty(); },
  },
  get pollAgain() { return m.controls_pollAgain(); },
  get pollAgainHint() { return m.controls_pollAgainHint(); },
  // The fault kinds as a learner meets them on a real network (src/sim/world.ts).
  faultNames: {
    get 'drop-connection'() { return m.fault_dropConnection(); },
    get 'connection-silent'() { return m.fault_connectionSilent(); },
    get 'crash-client'() { return m.fault_crashClient(); },
    get 'device-power-loss'() { return m.fault_devicePowerLoss(); },
    get 'crash-server'() { return m.fault_crashServer(); },
    get 'lose-segment'() { return m.fault_loseSegment(); },
    get 'idle-past-autologout'() { return m.fault_idlePastAutologout(); },
    get 'second-device-login'() { return m.fault_secondDeviceLogin(); },
  },
  get errorTitle() { return m.app_errorTitle(); },
};

export type Messages = typeof t;
