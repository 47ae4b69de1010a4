/**
 * The fault map as a standalone SVG (light theme, CSS inline), for the
 * "Download SVG" button: one grid per mode, side by side, each cell coloured
 * and marked with its verdict's symbol and count, and the key below.
 */
import type { FaultMap } from '../../scenarios/fault-map/compute.ts';
import { readMode } from '../../scenarios/fault-map/read.ts';
import { cellText, VERDICT_SYMBOL } from '../../scenarios/fault-map/symbols.ts';
import { xmlEscape } from '../export/export.ts';
import { fm } from './strings.ts';
import { summaryLine } from './summary.ts';

const ROW = 22;
const HEAD = 86;
const STEP_W = 250;
const CELL_W = 86;
const GAP = 40;

const STYLE = `
text { font-family: system-ui, 'DejaVu Sans', Arial, sans-serif; font-size: 12px; fill: #14181f; }
.title { font-size: 17px; font-weight: 700; }
.mode { font-size: 14px; font-weight: 700; }
.sum { font-size: 11px; fill: #4a5260; }
.wire { font-family: ui-monospace, 'DejaVu Sans Mono', monospace; font-size: 11px; }
.step { fill: #4a5260; font-variant-numeric: tabular-nums; }
.cell text { font-weight: 700; }
.clean rect { fill: #e6f5ef; } .clean text { fill: #006b4e; }
.duplicated rect { fill: #ffe9b8; } .duplicated text { fill: #8a5a00; }
.gap rect { fill: #e3f1fb; } .gap text { fill: #005a8c; }
.lost rect { fill: #f6d3e6; } .lost text { fill: #9c1f63; }
.refused rect { fill: #eef1f5; } .refused text { fill: #4a5260; }
`;

export function faultMapSvg(map: FaultMap, title: string): string {
  const modes = map.modes;
  const gridW = STEP_W + CELL_W * map.faults.length;
  const width = 24 + modes.length * gridW + (modes.length - 1) * GAP;
  const rows = Math.max(0, ...modes.map((m) => m.rows.length));
  const legendY = HEAD + rows * ROW + 30;
  const height = legendY + 30;
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="fault-map-title">`);
  out.push(`<title id="fault-map-title">${xmlEscape(fm.svgTitle(title))}</title>`);
  out.push(`<style>${STYLE}</style>`);
  out.push(`<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`);
  out.push(`<text class="title" x="12" y="24">${xmlEscape(fm.svgTitle(title))}</text>`);
  modes.forEach((mode, mi) => {
    const x0 = 12 + mi * (gridW + GAP);
    out.push(`<text class="mode" x="${x0}" y="48">${xmlEscape(fm.modeName[mode.mode])}</text>`);
    out.push(`<text class="sum" x="${x0}" y="64">${xmlEscape(mode.error ? fm.cannotRun(mode.error) : summaryLine(mode.rows, readMode(mode.cells)))}</text>`);
    map.faults.forEach((f, fi) => {
      out.push(`<text x="${x0 + STEP_W + fi * CELL_W + CELL_W / 2}" y="${HEAD - 6}" text-anchor="middle">${xmlEscape(fm.shortFault[f])}</text>`);
    });
    mode.rows.forEach((row, ri) => {
      const y = HEAD + ri * ROW;
      out.push(`<text class="step" x="${x0 + 22}" y="${y + 15}" text-anchor="end">${row.step}</text>`);
      const wire = fm.wire(row.direction, row.wire);
      out.push(`<text class="wire" x="${x0 + 30}" y="${y + 15}">${xmlEscape(wire.length > 34 ? `${wire.slice(0, 33)}…` : wire)}</text>`);
      map.faults.forEach((_, fi) => {
        const c = mode.cells[ri * map.faults.length + fi];
        if (!c) return;
        const cx = x0 + STEP_W + fi * CELL_W;
        out.push(`<g class="cell ${c.verdict}"><rect x="${cx + 2}" y="${y + 1}" width="${CELL_W - 4}" height="${ROW - 2}" rx="3"/><text x="${cx + CELL_W / 2}" y="${y + 15}" text-anchor="middle">${xmlEscape(cellText(c.verdict, c.counts))}</text></g>`);
      });
    });
  });
  const key = (Object.keys(VERDICT_SYMBOL) as Array<keyof typeof VERDICT_SYMBOL>).map((v) => `${VERDICT_SYMBOL[v]} ${fm.verdictName[v]}`).join('    ');
  out.push(`<text x="12" y="${legendY}">${xmlEscape(`${fm.legendTitle}: ${key}`)}</text>`);
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
