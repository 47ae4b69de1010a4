/**
 * Reading aids over a (possibly partial) fault map: which steps are
 * dangerous, as runs of consecutive steps, and where the two retention modes
 * differ. Pure, so the view, the SVG export and the tests share them.
 */
import type { CellVerdict, MapCell, MapMode, MapRow } from './compute.ts';

/** The worst verdict of a row (any fault), by the ledger's precedence. */
const RANK: Readonly<Record<CellVerdict, number>> = { refused: 0, clean: 1, duplicated: 2, gap: 3, lost: 4 };

export function worst(verdicts: Iterable<CellVerdict>): CellVerdict {
  let w: CellVerdict = 'clean';
  for (const v of verdicts) if (RANK[v] > RANK[w]) w = v;
  return w;
}

export interface ModeReading {
  /** Steps (1-based) at which some fault loses mail / duplicates it / leaves a gap. */
  readonly lost: readonly number[];
  readonly duplicated: readonly number[];
  readonly gap: readonly number[];
  /** The loss steps as runs of consecutive steps: [first, last]. */
  readonly lostRuns: ReadonlyArray<readonly [number, number]>;
}

/** Reads the cells computed so far of one mode. */
export function readMode(cells: readonly MapCell[]): ModeReading {
  const by = new Map<number, Set<CellVerdict>>();
  for (const c of cells) {
    let s = by.get(c.step);
    if (!s) by.set(c.step, (s = new Set()));
    s.add(c.verdict);
  }
  const steps = [...by.keys()].sort((a, b) => a - b);
  const lost = steps.filter((k) => by.get(k)!.has('lost'));
  const runs: Array<[number, number]> = [];
  for (const k of lost) {
    const last = runs[runs.length - 1];
    if (last && last[1] === k - 1) last[1] = k;
    else runs.push([k, k]);
  }
  return { lost, duplicated: steps.filter((k) => by.get(k)!.has('duplicated')), gap: steps.filter((k) => by.get(k)!.has('gap')), lostRuns: runs };
}

/**
 * A row's place in the dialogue, the same in both modes: device, direction,
 * the command (for a reply: the command it answers) and how many times that
 * has happened before. "Leave on server" sends no DELE, so step numbers do
 * not line up; these keys do.
 */
export function dialogueKeys(rows: readonly MapRow[]): string[] {
  const seen = new Map<string, number>();
  return rows.map((r) => {
    const what = r.direction === 'c2s' ? r.wire : r.direction === 's2c' ? `reply:${r.command || 'greeting'}` : 'end';
    const base = `${r.device}|${r.direction ?? '-'}|${what}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return `${base}|${n}`;
  });
}

export interface DiffRow {
  readonly key: string;
  readonly delete: MapRow;
  readonly keep: MapRow;
  /** Per fault index: the two verdicts, where they differ (null where equal). */
  readonly differs: ReadonlyArray<readonly [CellVerdict, CellVerdict] | null>;
}

export interface ModeDiff {
  readonly rows: readonly DiffRow[];
  /** Steps of a mode with no counterpart in the other (e.g. DELE in delete mode). */
  readonly only: Readonly<Record<MapMode, readonly MapRow[]>>;
}

/**
 * The cells that differ between the modes, over the rows both have. `cells`
 * are in map order (row by row, fault by fault), so cell (row i, fault j) is
 * cells[i * faults + j]; rows not computed yet are skipped.
 */
export function diffModes(
  del: { readonly rows: readonly MapRow[]; readonly cells: readonly MapCell[] },
  keep: { readonly rows: readonly MapRow[]; readonly cells: readonly MapCell[] },
  faults: number,
): ModeDiff {
  const kd = dialogueKeys(del.rows);
  const kk = dialogueKeys(keep.rows);
  const keepAt = new Map(kk.map((k, i) => [k, i]));
  const rows: DiffRow[] = [];
  const matched = new Set<number>();
  kd.forEach((key, i) => {
    const j = keepAt.get(key);
    if (j === undefined) return;
    matched.add(j);
    const differs: Array<readonly [CellVerdict, CellVerdict] | null> = [];
    let any = false;
    for (let f = 0; f < faults; f++) {
      const a = del.cells[i * faults + f];
      const b = keep.cells[j * faults + f];
      if (!a || !b) return;
      const d = a.verdict !== b.verdict ? ([a.verdict, b.verdict] as const) : null;
      if (d) any = true;
      differs.push(d);
    }
    if (any) rows.push({ key, delete: del.rows[i]!, keep: keep.rows[j]!, differs });
  });
  return {
    rows,
    only: { delete: del.rows.filter((_, i) => !keepAt.has(kd[i]!)), keep: keep.rows.filter((_, j) => !matched.has(j) && !kd.includes(kk[j]!)) },
  };
}
