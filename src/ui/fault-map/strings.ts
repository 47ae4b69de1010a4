/**
 * The fault map's words (issue 13), from the message catalogue (faultmap_).
 * They live here, not in messages.ts, because the map loads lazily. Fault
 * names come from t.faultNames (messages.ts).
 */
import * as m from '../../i18n/paraglide/messages.js';
import type { CellVerdict } from '../../scenarios/fault-map/compute.ts';
import type { FaultKind } from '../../sim/types.ts';

type Mode = 'delete' | 'keep';

export const fm = {
  /** Contract name (design.md): the button that opens the map. */
  get open() { return m.faultmap_open(); },
  get title() { return m.faultmap_title(); },
  get close() { return m.faultmap_close(); },
  get intro() { return m.faultmap_intro(); },
  modeName: {
    get delete() { return m.faultmap_modeDelete(); },
    get keep() { return m.faultmap_modeKeep(); },
  } satisfies Record<Mode, string>,
  verdictName: {
    get clean() { return m.faultmap_verdictClean(); },
    get duplicated() { return m.faultmap_verdictDuplicated(); },
    get gap() { return m.faultmap_verdictGap(); },
    get lost() { return m.faultmap_verdictLost(); },
    get refused() { return m.faultmap_verdictRefused(); },
  } satisfies Record<CellVerdict, string>,
  get legendTitle() { return m.faultmap_legendTitle(); },
  /** Column heads (the full fault name is the cell's description and the head's title). */
  shortFault: {
    get 'drop-connection'() { return m.faultmap_shortDropConnection(); },
    get 'connection-silent'() { return m.faultmap_shortConnectionSilent(); },
    get 'crash-client'() { return m.faultmap_shortCrashClient(); },
    get 'device-power-loss'() { return m.faultmap_shortDevicePowerLoss(); },
    get 'crash-server'() { return m.faultmap_shortCrashServer(); },
    get 'lose-segment'() { return m.faultmap_shortLoseSegment(); },
    get 'idle-past-autologout'() { return m.faultmap_shortIdlePastAutologout(); },
    get 'second-device-login'() { return m.faultmap_shortSecondDeviceLogin(); },
  } satisfies Record<FaultKind, string>,
  get stepHead() { return m.faultmap_stepHead(); },
  get sentHead() { return m.faultmap_sentHead(); },
  get sessionEnds() { return m.faultmap_sessionEnds(); },
  /** A row's wire text: "C: RETR 2", or for a reply "S: +OK 260 octets" (C: and S: are the transcript's, in every language). */
  wire: (direction: 'c2s' | 's2c' | null, wire: string): string => (direction === null ? m.faultmap_sessionEnds() : `${direction === 'c2s' ? 'C' : 'S'}: ${wire}`),
  /** What the row is, in words, for a cell's description: "RETR 2", "RETR 2 reply", "greeting". */
  rowWords: (direction: 'c2s' | 's2c' | null, wire: string, command: string): string =>
    direction === null ? m.faultmap_rowSessionEnd() : direction === 'c2s' ? wire : command ? m.faultmap_rowReply({ command }) : m.faultmap_rowGreeting(),
  /** Hover and focus text: "Step 14 of 23, RETR 2 reply, Device loses power, Delete on download: 1 lost". */
  cell: (step: number, of: number, row: string, fault: string, mode: Mode, verdict: CellVerdict, count: number | null): string =>
    count !== null
      ? m.faultmap_cellCount({ step, of, row, fault, mode: fm.modeName[mode], count, verdict: fm.verdictName[verdict] })
      : m.faultmap_cell({ step, of, row, fault, mode: fm.modeName[mode], verdict: fm.verdictName[verdict] }),
  get pendingCell() { return m.faultmap_pendingCell(); },
  /** One line per mode. */
  summary: (lostSteps: number, dupSteps: number, gapSteps: number, steps: number, lostRange: string): string =>
    lostSteps === 0
      ? gapSteps
        ? m.faultmap_summaryNoLossGaps({ steps, dupSteps, gapSteps })
        : m.faultmap_summaryNoLoss({ steps, dupSteps })
      : gapSteps
        ? m.faultmap_summaryLossGaps({ lostSteps, steps, lostRange, dupSteps, gapSteps })
        : m.faultmap_summaryLoss({ lostSteps, steps, lostRange, dupSteps }),
  range: (from: number, to: number, fromWords: string, toWords: string): string =>
    from === to ? m.faultmap_rangeOne({ from, fromWords }) : m.faultmap_range({ from, to, fromWords, toWords }),
  baseline: (delivered: number): string => m.faultmap_baseline({ delivered }),
  computing: (done: number, total: number): string => m.faultmap_computing({ done, total }),
  computed: (cells: number): string => m.faultmap_computed({ cells }),
  cannotRun: (why: string): string => m.faultmap_cannotRun({ why }),
  failed: (why: string): string => m.faultmap_failed({ why }),
  get show() { return m.faultmap_show(); },
  get showBoth() { return m.faultmap_showBoth(); },
  get showDiff() { return m.faultmap_showDiff(); },
  get diffTitle() { return m.faultmap_diffTitle(); },
  get diffNone() { return m.faultmap_diffNone(); },
  diffOnly: (mode: Mode, n: number): string => m.faultmap_diffOnly({ n, mode: fm.modeName[mode] }),
  diffCell: (fault: string, a: string, b: string): string => m.faultmap_diffCell({ fault, a, b }),
  get diffRowHead() { return m.faultmap_diffRowHead(); },
  get download() { return m.faultmap_download(); },
  get share() { return m.faultmap_share(); },
  svgTitle: (scenario: string): string => m.faultmap_svgTitle({ scenario }),
  /** The sequence diagram's mark beside a step where a fault can lose mail (or duplicate it). */
  get dangerLost() { return m.faultmap_dangerLost(); },
  get dangerDup() { return m.faultmap_dangerDup(); },
  gridLabel: (mode: Mode): string => m.faultmap_gridLabel({ mode: fm.modeName[mode] }),
  get keysHint() { return m.faultmap_keysHint(); },
  opened: (step: number, fault: string): string => m.faultmap_opened({ step, fault }),
};
