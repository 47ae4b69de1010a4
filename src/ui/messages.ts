/**
 * Every string the UI shows, in English. Components never hold prose of their
 * own: they read it from here, so a translation is a second object of the same
 * shape (`satisfies Messages`) and nothing else.
 *
 * Some entries are functions because word order differs between languages.
 */
export const en = {
  appName: 'POP Lab',
  tagline: 'Watch a mail client and a POP server talk, and see where mail gets duplicated or lost.',

  // Header
  retention: 'Retention',
  retentionDelete: 'Delete on download',
  retentionKeep: 'Leave on server',
  personalities: {
    rfc: 'RFC-conformant',
    'expunge-on-dele': 'Expunge on DELE (non-conformant)',
    'download-once': 'Download once (EXPIRE 0)',
    'no-uidl': 'No UIDL',
    'retention-days': 'Keeps mail 30 days',
    'no-dot-stuffing': 'No dot-stuffing (non-conformant)',
    'login-delay': 'LOGIN-DELAY 300 s',
    'update-fails': 'UPDATE partly fails',
    'read-only': 'Read-only mailbox (POP1/POP2)',
    'uids-reassigned': 'UIDs reassigned each session (non-conformant)',
  },
  scenario: 'Scenario',
  linkError: (detail: string) => `This share link could not be opened: ${detail}. The default scenario is shown instead.`,
  shortcutsButton: 'Keyboard shortcuts',
  startHere: 'Start here:',
  startHereText: 'press Play to watch this session, or Step forward through it; then add a fault and see what the Outcome says.',

  // Stage
  stageTitle: 'The wire',
  stageDescription: 'Client devices on the left, the channel in the middle, the server on the right.',
  server: 'Server',
  channel: 'Channel',
  maildrop: 'Server maildrop',
  deviceStore: (device: string) => `${device} store`,
  uidMemory: 'UID memory',
  uidMemoryEmpty: 'nothing remembered',
  storeEmpty: 'no messages',
  maildropEmpty: 'empty',
  serverState: 'Server state',
  clientState: 'Client state',
  lockHeldBy: (device: string) => `locked by ${device}`,
  locked: 'locked',
  serverDown: 'Server crashed',
  connection: {
    offline: 'offline',
    connected: 'connected',
    closed: 'closed',
    dropped: 'connection cut ✂',
    crashed: 'crashed ✹',
  },
  serverStatus: {
    present: 'present',
    marked: 'marked for deletion',
    removed: 'removed',
  },
  copyStatus: {
    partial: 'in flight (partial)',
    memory: 'in memory (not yet safe)',
    durable: 'durable on disk',
  },
  copies: (n: number) => (n === 1 ? '' : ` ×${n}`),
  inFlight: (label: string, done: number, total: number) => `${label}: ${done} of ${total} octets`,
  wireWay: (from: string, to: string, done: number, total: number) => `${from} → ${to}: ${done} of ${total} octets on the way`,
  wireArrived: (from: string, to: string) => `${from} → ${to}: arrived`,
  cut: 'Connection cut',
  crashed: 'Crashed',

  // Outcome
  outcomeTitle: 'Outcome',
  delivered: (n: number) => `Delivered: ${n}`,
  duplicated: (n: number) => `Duplicated: ${n}`,
  lost: (n: number) => `Lost: ${n}`,
  gap: (n: number) => `Gap: ${n}`,
  pending: (n: number) => `Not decided yet: ${n}`,
  verdictLine: {
    lost: (label: string) => `Lost: ${label}, no complete copy anywhere`,
    duplicated: (label: string) => `Duplicated: ${label}, downloaded more than once`,
    gap: (label: string) => `Gap: ${label}, one device never got it`,
  },
  atStep: (step: number) => `at step ${step}`,
  outcomeSoFar: (step: number, last: number) => `So far, at step ${step} of ${last}; the verdict comes at the end.`,
  outcomeFinal: 'Final verdict: the run has ended.',
  outcomeLive: 'Your terminal session so far:',
  allGood: 'Every message is delivered exactly once.',

  // Controls
  controls: 'Playback',
  play: 'Play',
  pause: 'Pause',
  stepForward: 'Step forward',
  stepBack: 'Step back',
  reset: 'Reset',
  dropConnection: 'Drop connection',
  crashClient: 'Crash client',
  speed: 'Speed',
  speedNames: ['Slow', 'Gentle', 'Normal', 'Fast', 'Fastest'] as readonly string[],
  timeline: 'Timeline',
  detail: 'Detail',
  detailNames: { commands: 'Commands', segments: 'Segments', octets: 'Octets' },
  stepOf: (step: number, total: number) => `Step ${step} of ${total}`,
  invitation: 'Try: Drop connection before QUIT, and watch the Outcome.',
  invitationJump: 'Go to just before QUIT',
  moreFaults: 'More faults here…',

  // What loads lazily keeps its strings next to it: the header's menus and
  // tools and the tabs (layout/strings.ts), the sequence diagram, explanation
  // and transcript (diagram/, explain/, transcript/strings.ts), the fault menu
  // and shortcuts dialog (controls/strings.ts). The lines about faults (the
  // scenario's and the learner's) show only after a choice or a fault, so
  // they are lazy too (layout/strings.ts).


  // Narration fallbacks (used when the explanation catalogue has no sentence).
  narrate: {
    start: 'Press Play to watch the session, or step through it.',
    end: 'The run is over. Read the Outcome.',
    empty: 'Nothing has been sent yet.',
  },
  pollAgain: 'Check mail again later',
  pollAgainHint: 'a later session shows what a fault left on the server',
  // The fault kinds as a learner meets them on a real network (src/sim/world.ts).
  faultNames: {
    'drop-connection': 'Connection reset',
    'connection-silent': 'Connection goes silent',
    'crash-client': 'Client app crashes',
    'device-power-loss': 'Device loses power',
    'crash-server': 'Server crashes',
    'lose-segment': 'Segment lost (TCP resends it)',
    'idle-past-autologout': 'Client idles past autologout',
    'second-device-login': 'Second device logs in',
  },
  errorTitle: 'Something went wrong',
} as const;

export type Messages = typeof en;

/** The active catalogue. A second language would be chosen here. */
export const t: Messages = en;
