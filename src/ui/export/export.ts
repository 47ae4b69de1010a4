/**
 * Export and import, without the DOM: the files the export menu offers
 * (transcript text, a standalone SVG sequence diagram of the whole run, the
 * scenario as JSON) and the checks an imported scenario file goes through.
 *
 * The UI layer (ExportMenu.svelte) only turns these strings into downloads
 * and reads the chosen file. Nothing here throws on a learner's file:
 * importScenarioText returns messages, each starting with the field's path.
 */
import type { TraceEvent } from '../../sim/types.ts';
import { toTranscript } from '../../sim/transcript.ts';
import { LIMITS, type Scenario } from '../../scenarios/scenario.ts';
import { indexTrace, segmentLabel, type LadderRow } from '../run.ts';
import { describeEvent } from '../explain/describe.ts';
import { t } from '../messages.ts';
import * as m from '../../i18n/paraglide/messages.js';
import { diagramStrings } from '../diagram/strings.ts';

/** The transcript file: the run's `C:`/`S:` lines, one per line, ending with a newline. */
export function transcriptText(trace: readonly TraceEvent[], title?: string): string {
  const body = toTranscript(trace);
  const head = title ? `${m.transcript_fileHeading({ title })}\n` : '';
  return `${head}${body}${body.endsWith('\n') ? '' : '\n'}`;
}

/** The scenario file: pretty JSON, the same data a share link carries (version 1). */
export function scenarioJson(scenario: Scenario): string {
  return `${JSON.stringify(scenario, null, 2)}\n`;
}

/** A file name from a title: lower case letters, digits and dashes. */
export function fileSlug(title: string): string {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || 'pop-lab';
}

const XML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text safe inside XML content and attributes; characters XML 1.0 forbids (controls other than tab/LF/CR) become U+FFFD. */
export function xmlEscape(text: string): string {
  return text
    .replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c)
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '\uFFFD');
}

// Light theme colours of the app (src/ui/app.css), written into the SVG so it renders on its own.
const SVG_STYLE = [
  'svg{background:#ffffff}',
  'text{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;font-size:13px;fill:#14181f}',
  '.wire{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,monospace}',
  '.title{font-size:16px;font-weight:700}',
  '.head{font-weight:700}',
  '.head.client{fill:#005a8c}',
  '.head.server{fill:#9a4300}',
  '.lane{stroke:#8a93a3;stroke-width:2}',
  '.step{fill:#4a5260;font-variant-numeric:tabular-nums}',
  '.c2s line{stroke:#0072b2;stroke-width:2}',
  '.c2s polygon{fill:#0072b2}',
  '.s2c line{stroke:#d55e00;stroke-width:2;stroke-dasharray:6 3}',
  '.s2c polygon{fill:#d55e00}',
  '.lost line{stroke:#cc79a7}',
  '.fault{fill:#9c1f63;font-weight:700}',
  '.note{fill:#4a5260;font-style:italic}',
].join('\n');

const ROW = 26;
const TOP = 64;
const LEFT = 48;
const WIDTH = 900;

/**
 * The whole run as a standalone SVG sequence diagram (light theme, its CSS
 * inline): one lane per device and one for the server, one arrow per
 * command or reply, fault markers and notes in between.
 */
export function diagramSvg(trace: readonly TraceEvent[], title: string): string {
  const index = indexTrace(trace);
  const labels = new Map<string, string>();
  const lanes = index.devices;
  const span = WIDTH - LEFT - 40;
  const serverX = LEFT + span * 0.9;
  const laneX = (device: string): number => {
    const i = Math.max(0, lanes.indexOf(device));
    return LEFT + span * (lanes.length <= 1 ? 0.1 : 0.06 + (i * 0.24) / Math.max(1, lanes.length - 1));
  };
  const rows = index.rows;
  const height = TOP + rows.length * ROW + 24;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="pop-lab-title">`,
  );
  out.push(`<title id="pop-lab-title">${xmlEscape(`${diagramStrings.title}: ${title}`)}</title>`);
  out.push(`<style>${SVG_STYLE}</style>`);
  out.push(`<rect x="0" y="0" width="${WIDTH}" height="${height}" fill="#ffffff"/>`);
  out.push(`<text class="title" x="12" y="22">${xmlEscape(title)}</text>`);
  for (const device of lanes) {
    out.push(`<text class="head client" x="${laneX(device).toFixed(1)}" y="48" text-anchor="middle">${xmlEscape(device)}</text>`);
  }
  out.push(`<text class="head server" x="${serverX.toFixed(1)}" y="48" text-anchor="middle">${xmlEscape(diagramStrings.serverLane)}</text>`);
  const laneBottom = TOP + rows.length * ROW;
  for (const x of [...lanes.map(laneX), serverX]) {
    out.push(`<line class="lane" x1="${x.toFixed(1)}" y1="${TOP - 8}" x2="${x.toFixed(1)}" y2="${laneBottom}"/>`);
  }
  rows.forEach((row: LadderRow, i: number) => {
    const y = TOP + i * ROW + 18;
    out.push(`<text class="step" x="${LEFT - 8}" y="${y}" text-anchor="end">${row.step}</text>`);
    if (row.kind === 'arrow') {
      const seg = row.segment;
      const from = seg.direction === 'c2s' ? laneX(seg.device) : serverX;
      const to = seg.direction === 'c2s' ? serverX : laneX(seg.device);
      const lost = seg.fate !== 'delivered';
      const dir = to > from ? 1 : -1;
      const end = lost ? (from + to) / 2 : to;
      const shape = lost
        ? ''
        : `<polygon points="${to.toFixed(1)},${y} ${(to - dir * 8).toFixed(1)},${y - 4} ${(to - dir * 8).toFixed(1)},${y + 4}"/>`;
      out.push(
        `<g class="arrow ${seg.direction}${lost ? ' lost' : ''}"><line x1="${from.toFixed(1)}" y1="${y}" x2="${end.toFixed(1)}" y2="${y}"/>${shape}</g>`,
      );
      const labelX = Math.min(from, to) + 14;
      out.push(`<text class="wire" x="${labelX.toFixed(1)}" y="${y - 5}">${xmlEscape(segmentLabel(seg) + (lost ? ' ✗' : ''))}</text>`);
    } else if (row.kind === 'fault') {
      out.push(`<text class="fault" x="${(LEFT + span * 0.3).toFixed(1)}" y="${y}">${xmlEscape(`${row.event.fault === 'crash-client' || row.event.fault === 'crash-server' || row.event.fault === 'device-power-loss' ? '✹' : '✂'} ${t.faultNames[row.event.fault]}`)}</text>`);
    } else {
      out.push(`<text class="note" x="${(LEFT + span * 0.14).toFixed(1)}" y="${y}">${xmlEscape(describeEvent(row.event, labels))}</text>`);
    }
  });
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

export type ImportResult = { readonly ok: true; readonly scenario: Scenario; readonly warnings?: readonly string[] } | { readonly ok: false; readonly errors: readonly string[] };

/** Refuses a file before reading it when it is larger than a scenario may be (LIMITS.jsonChars; UTF-8 takes at least one octet per character). */
export function checkFileSize(bytes: number): ImportResult | null {
  if (bytes <= LIMITS.jsonChars) return null;
  return { ok: false, errors: [`scenario: the file is ${bytes} bytes; the limit is ${LIMITS.jsonChars}`] };
}

/** Checks an imported file's text with parseScenario (loaded only now: it carries valibot). Never throws. */
export async function importScenarioText(text: string): Promise<ImportResult> {
  try {
    const { parseScenario } = await import('../../scenarios/parse.ts');
    return parseScenario(text);
  } catch (err) {
    return { ok: false, errors: [`scenario: could not be checked: ${err instanceof Error ? err.message : String(err)}`] };
  }
}
