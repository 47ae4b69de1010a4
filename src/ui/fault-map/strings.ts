/**
 * Every string of the fault map (issue 13), in English. It lives here, not
 * in messages.ts, because the map loads lazily; a translation is a second
 * object of the same shape. Fault names come from t.faultNames (messages.ts).
 */
import type { CellVerdict } from '../../scenarios/fault-map/compute.ts';
import type { FaultKind } from '../../sim/types.ts';

type Mode = 'delete' | 'keep';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const fm = {
  /** Contract name (design.md): the button that opens the map. */
  open: 'Fault map',
  title: 'Fault map',
  close: 'Close',
  intro: 'Every fault at every step: each cell is this scenario run again with one fault just after that step (the scenario\'s own faults off). Select a cell to open that run there, ready to play.',
  modeName: { delete: 'Delete on download', keep: 'Leave on server' } satisfies Record<Mode, string>,
  verdictName: { clean: 'no harm', duplicated: 'duplicated', gap: 'gap', lost: 'lost', refused: 'cannot be placed' } satisfies Record<CellVerdict, string>,
  legendTitle: 'Key',
  /** Column heads (the full fault name is the cell's description and the head's title). */
  shortFault: {
    'drop-connection': 'Reset',
    'connection-silent': 'Silent',
    'crash-client': 'App crash',
    'device-power-loss': 'Power loss',
    'crash-server': 'Server crash',
    'lose-segment': 'Segment lost',
    'idle-past-autologout': 'Idle',
    'second-device-login': '2nd device',
  } satisfies Record<FaultKind, string>,
  stepHead: 'Step',
  sentHead: 'Sent in this step',
  sessionEnds: '(session ends)',
  /** A row's wire text: "C: RETR 2", or for a reply "S: +OK 260 octets". */
  wire: (direction: 'c2s' | 's2c' | null, wire: string) => (direction === null ? '(session ends)' : `${direction === 'c2s' ? 'C' : 'S'}: ${wire}`),
  /** What the row is, in words, for a cell's description: "RETR 2", "RETR 2 reply", "greeting". */
  rowWords: (direction: 'c2s' | 's2c' | null, wire: string, command: string) =>
    direction === null ? 'session end' : direction === 'c2s' ? wire : command ? `${command} reply` : 'greeting',
  /** Hover and focus text: "Step 14 of 23, RETR 2 reply, Device loses power, Delete on download: 1 lost". */
  cell: (step: number, of: number, row: string, fault: string, mode: Mode, verdict: CellVerdict, count: number | null) =>
    `Step ${step} of ${of}, ${row}, ${fault}, ${fm.modeName[mode]}: ${count !== null ? `${count} ` : ''}${fm.verdictName[verdict]}`,
  pendingCell: 'not computed yet',
  /** One line per mode. */
  summary: (lostSteps: number, dupSteps: number, gapSteps: number, steps: number, lostRange: string) =>
    lostSteps === 0
      ? `No loss at any of the ${steps} steps; duplicates possible at ${dupSteps}${gapSteps ? `, gaps at ${gapSteps}` : ''}.`
      : `Loss possible at ${lostSteps} of ${steps} steps (${lostRange}); duplicates possible at ${dupSteps}${gapSteps ? `, gaps at ${gapSteps}` : ''}.`,
  range: (from: number, to: number, fromWords: string, toWords: string) => (from === to ? `step ${from}, after ${fromWords}` : `steps ${from}–${to}, from ${fromWords} to ${toWords}`),
  baseline: (delivered: number) => `Without a fault: ${plural(delivered, 'message', 'messages')} delivered once.`,
  computing: (done: number, total: number) => `Computing: ${done} of ${total} cells`,
  computed: (cells: number) => `All ${cells} cells computed.`,
  cannotRun: (why: string) => `This mode cannot run: ${why}`,
  failed: (why: string) => `The map could not be computed: ${why}`,
  show: 'Show',
  showBoth: 'Both modes',
  showDiff: 'Only what differs',
  diffTitle: 'Where the two modes differ',
  diffNone: 'The two modes give the same verdict at every step they share.',
  diffOnly: (mode: Mode, n: number) => `${plural(n, 'step', 'steps')} only in ${fm.modeName[mode]}.`,
  diffCell: (fault: string, a: string, b: string) => `${fault}: ${a} / ${b}`,
  diffRowHead: 'Step (Delete / Leave)',
  download: 'Download SVG',
  share: 'Share this map',
  svgTitle: (scenario: string) => `Fault map: ${scenario}`,
  /** The sequence diagram's mark beside a step where a fault can lose mail (or duplicate it). */
  dangerLost: 'a fault here can lose mail',
  dangerDup: 'a fault here can duplicate mail',
  gridLabel: (mode: Mode) => `Fault map, ${fm.modeName[mode]}`,
  keysHint: 'Arrow keys move between cells; Enter opens the run.',
  opened: (step: number, fault: string) => `Opened: ${fault} after step ${step}.`,
} as const;
