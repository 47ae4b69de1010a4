/** The one-line summary of a mode, in the learner's words (strings.ts), from the reading aids. */
import type { MapRow } from '../../scenarios/fault-map/compute.ts';
import type { ModeReading } from '../../scenarios/fault-map/read.ts';
import { fm } from './strings.ts';

export function rowWords(row: MapRow | undefined): string {
  return row ? fm.rowWords(row.direction, row.wire, row.command) : '';
}

export function summaryLine(rows: readonly MapRow[], r: ModeReading): string {
  const ranges = r.lostRuns.map(([a, b]) => fm.range(a, b, rowWords(rows[a - 1]), rowWords(rows[b - 1]))).join('; ');
  return fm.summary(r.lost.length, r.duplicated.length, r.gap.length, rows.length, ranges);
}
