/**
 * How a verdict is drawn, everywhere the map appears (the view, its SVG, the
 * CLI): a symbol that says it without colour (design.md: colour is always
 * doubled by a shape or a word), and the colour role from app.css.
 */
import type { CellVerdict, Counts } from './compute.ts';

export const VERDICT_SYMBOL: Readonly<Record<CellVerdict, string>> = {
  clean: '✓',
  duplicated: '⊕',
  gap: '◐',
  lost: '✗',
  refused: '–',
};

/** The count a cell shows beside its symbol: how many messages got its verdict (none for clean). */
export function verdictCount(verdict: CellVerdict, counts: Counts): number | null {
  switch (verdict) {
    case 'lost':
      return counts.lost;
    case 'gap':
      return counts.gap;
    case 'duplicated':
      return counts.duplicated;
    default:
      return null;
  }
}

/** The short text of a cell: symbol and count ("✗1", "✓"). */
export const cellText = (verdict: CellVerdict, counts: Counts): string => `${VERDICT_SYMBOL[verdict]}${verdictCount(verdict, counts) ?? ''}`;
