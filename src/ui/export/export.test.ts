import { describe, expect, it } from 'vitest';
import { createSource, scenarioForShare, type Settings } from '../wiring.ts';
import { DEFAULT_SCENARIO, DEFAULT_SCENARIO_ID } from '../../scenarios/library/default.ts';
import { LIMITS, SCENARIO_VERSION } from '../../scenarios/scenario.ts';
import { checkFileSize, diagramSvg, fileSlug, importScenarioText, scenarioJson, transcriptText, xmlEscape } from './export.ts';

const source = createSource();
function settingsFor(over: Partial<Settings> = {}): Settings {
  return {
    retention: 'delete',
    protocol: 'pop3',
    personality: 'rfc',
    scenarioId: DEFAULT_SCENARIO_ID,
    scenarioFaults: true,
    pollAgain: true,
    ...source.defaults(DEFAULT_SCENARIO_ID),
    ...over,
  };
}

/**
 * A tiny XML well-formedness check (no DOMParser in node): every tag is
 * closed in order, attributes are quoted, and no raw `&` or `<` appears in
 * text. Enough for the SVG we write (no comments, CDATA or doctype).
 */
function wellFormed(xml: string): string | null {
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|<|&(?!(?:amp|lt|gt|quot|apos);)/g;
  let m: RegExpExecArray | null;
  while ((m = token.exec(xml))) {
    if (m[0] === '<' || m[0] === '&') return `stray "${m[0]}" at ${m.index}`;
    const [, closing, name, , selfClosing] = m;
    if (closing) {
      if (stack.pop() !== name) return `unexpected </${name}> at ${m.index}`;
    } else if (!selfClosing) stack.push(name!);
  }
  return stack.length === 0 ? null : `unclosed <${stack.join('>, <')}>`;
}

describe('export', () => {
  const settings = settingsFor();
  const run = source.runFor(settings);

  it('transcript text has the C:/S: lines of the run (RFC 1939 §4: greeting first, then USER)', () => {
    const text = transcriptText(run.trace, DEFAULT_SCENARIO.title);
    expect(text.startsWith(`# POP Lab transcript: ${DEFAULT_SCENARIO.title}\n`)).toBe(true);
    expect(text).toMatch(/^(\[\w+\] )?S: \+OK/m);
    expect(text).toMatch(/C: USER alice/);
    expect(text.indexOf('S: +OK')).toBeLessThan(text.indexOf('C: USER alice'));
    expect(text.endsWith('\n')).toBe(true);
  });

  it('diagram SVG is well-formed, standalone (inline style) and has every arrow label', () => {
    const svg = diagramSvg(run.trace, 'A <tricky> & "quoted" title');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(wellFormed(svg)).toBeNull();
    expect(svg).toContain('<style>');
    expect(svg).not.toMatch(/var\(--/);
    expect(svg).toContain('A &lt;tricky&gt; &amp; &quot;quoted&quot; title');
    const sends = run.trace.filter((e) => e.kind === 'send');
    expect(sends.length).toBeGreaterThan(3);
    for (const e of sends) expect(svg).toContain(xmlEscape(`${e.direction === 'c2s' ? 'C' : 'S'}: ${e.label}`));
  });

  it('the well-formedness check itself rejects broken XML', () => {
    expect(wellFormed('<svg><g></svg>')).not.toBeNull();
    expect(wellFormed('<svg>a & b</svg>')).not.toBeNull();
    expect(wellFormed('<svg><text>1 < 2</text></svg>')).not.toBeNull();
    expect(wellFormed('<svg><g/><text x="1">ok &amp; fine</text></svg>')).toBeNull();
  });

  it('xmlEscape removes characters XML 1.0 forbids', () => {
    expect(xmlEscape('a\u0000b\u001bc\td')).toBe('a\uFFFDb\uFFFDc\td');
  });

  it('scenario JSON round-trips through parseScenario, with the learner\'s settings and faults', async () => {
    const changed = settingsFor({ retention: 'keep', protocol: 'pop3', personality: 'download-once' });
    const faulted = source.runFor(changed);
    const scenario = scenarioForShare(changed, faulted.config);
    const json = scenarioJson(scenario);
    expect(JSON.parse(json).version).toBe(SCENARIO_VERSION);
    const back = await importScenarioText(json);
    expect(back.ok).toBe(true);
    if (back.ok) {
      expect(back.scenario).toEqual(JSON.parse(json));
      expect(back.scenario.personality).toBe('download-once');
      expect(back.scenario.devices.every((d) => d.retention === 'keep')).toBe(true);
    }
  });

  it('import of a bad file gives path-based messages and never throws', async () => {
    const bad = JSON.parse(scenarioJson(scenarioForShare(settings, run.config))) as { devices: Array<Record<string, unknown>>; title: unknown };
    bad.devices[0]!.commitOrder = 'fast';
    bad.title = '';
    const result = await importScenarioText(JSON.stringify(bad));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.some((e) => e.startsWith('devices[0].commitOrder:'))).toBe(true);
      expect(result.errors.some((e) => e.startsWith('title:'))).toBe(true);
    }
    const notJson = await importScenarioText('{ nope');
    expect(notJson.ok).toBe(false);
  });

  it('oversized files are refused by size before reading', () => {
    expect(checkFileSize(1000)).toBeNull();
    const big = checkFileSize(LIMITS.jsonChars + 1);
    expect(big?.ok).toBe(false);
    if (big && !big.ok) expect(big.errors[0]).toMatch(/^scenario: /);
  });

  it('file names are slugs of the title', () => {
    expect(fileSlug('First session: DELE & QUIT!')).toBe('first-session-dele-quit');
    expect(fileSlug('***')).toBe('pop-lab');
  });
});
