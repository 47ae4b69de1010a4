import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../scenarios/library/default.ts';
import { buildConfig, modeTexts, personalityFor, SHARE_PANELS, shareHash, splitShareHash, type Settings } from './wiring.ts';

const settings = (personality: Settings['personality']): Settings => ({
  retention: 'keep',
  protocol: DEFAULT_SCENARIO.protocol,
  personality,
  scenarioId: DEFAULT_SCENARIO.id,
  scenarioFaults: true,
  pollAgain: true,
});

describe('personality from the header', () => {
  const sevenDays = { ...DEFAULT_SCENARIO, personality: 'retention-days 7' };
  it("keeps the scenario's own retention-days N while the header shows its kind", () => {
    expect(buildConfig(sevenDays, settings('retention-days')).personality).toEqual({ kind: 'retention-days', days: 7 });
  });
  it('uses 30 days only when the learner switches to retention-days from another kind', () => {
    expect(buildConfig(DEFAULT_SCENARIO, settings('retention-days')).personality).toEqual({ kind: 'retention-days', days: 30 });
    expect(buildConfig(sevenDays, settings('rfc')).personality).toEqual({ kind: 'rfc' });
    expect(personalityFor('no-uidl', { kind: 'retention-days', days: 7 })).toEqual({ kind: 'no-uidl' });
  });
});

describe('share link fragment', () => {
  it('carries the step after the payload and reads it back', () => {
    const hash = shareHash('abc_-', 17);
    expect(hash).toBe('#s=abc_-&step=17');
    expect(splitShareHash(hash)).toEqual({ link: '#s=abc_-', step: 17, panel: null, detail: null, predict: false, lang: null });
  });
  it('carries the open panel after the step and reads every known one back', () => {
    for (const panel of SHARE_PANELS) {
      const hash = shareHash('abc_-', 3, panel);
      expect(hash).toBe(`#s=abc_-&step=3&panel=${panel}`);
      expect(splitShareHash(hash)).toEqual({ link: '#s=abc_-', step: 3, panel, detail: null, predict: false, lang: null });
    }
  });
  it('an unknown, empty or repeated-unknown panel is ignored, and the step still counts', () => {
    for (const bad of ['bogus', '', 'TERMINAL', 'terminal ', 'constructor', '__proto__']) {
      expect(splitShareHash(`#s=abc&step=4&panel=${encodeURIComponent(bad)}`)).toEqual({ link: '#s=abc', step: 4, panel: null, detail: null, predict: false, lang: null });
    }
    expect(splitShareHash('#s=abc&panel=lessons')).toEqual({ link: '#s=abc', step: null, panel: 'lessons', detail: null, predict: false, lang: null });
    expect(splitShareHash('#s=abc&step=x&panel=transcript&lesson=zz')).toEqual({ link: '#s=abc', step: null, panel: 'transcript', detail: null, predict: false, lang: null });
  });
  it('a link without a step, or with a bad one, opens at the start (step ignored)', () => {
    expect(splitShareHash('#s=abc')).toEqual({ link: '#s=abc', step: null, panel: null, detail: null, predict: false, lang: null });
    for (const bad of ['x', '-3', '1.5', '', '1e3']) expect(splitShareHash(`#s=abc&step=${bad}`)).toEqual({ link: '#s=abc', step: null, panel: null, detail: null, predict: false, lang: null });
  });
  it('carries the Detail when it is not the default (Commands), and ignores an unknown one', () => {
    expect(shareHash('abc', 5, null, 'commands')).toBe('#s=abc&step=5');
    for (const detail of ['segments', 'octets'] as const) {
      const hash = shareHash('abc', 5, 'transcript', detail);
      expect(hash).toBe(`#s=abc&step=5&panel=transcript&detail=${detail}`);
      expect(splitShareHash(hash)).toEqual({ link: '#s=abc', step: 5, panel: 'transcript', detail, predict: false, lang: null });
    }
    for (const bad of ['', 'Commands', 'bytes', '__proto__']) expect(splitShareHash(`#s=abc&step=2&detail=${bad}`).detail).toBeNull();
  });
  it('"Predict first" travels as predict=1 after the rest, and only "1" turns it on', () => {
    const hash = shareHash('abc', 5, 'terminal', 'commands', true);
    expect(hash).toBe('#s=abc&step=5&panel=terminal&predict=1');
    expect(splitShareHash(hash)).toEqual({ link: '#s=abc', step: 5, panel: 'terminal', detail: null, predict: true, lang: null });
    expect(shareHash('abc', 5, null, 'commands', true)).toBe('#s=abc&step=5&predict=1');
    for (const bad of ['0', 'true', '', '11', 'yes']) expect(splitShareHash(`#s=abc&step=5&predict=${bad}`).predict).toBe(false);
  });
  it('the language travels as lang= after the payload; links without it, or with one POP Lab does not speak, open in the reader\'s own', () => {
    const hash = shareHash('abc', 5, null, 'segments', true, 'es');
    expect(hash).toBe('#s=abc&lang=es&step=5&detail=segments&predict=1');
    expect(splitShareHash(hash)).toEqual({ link: '#s=abc', step: 5, panel: null, detail: 'segments', predict: true, lang: 'es' });
    expect(splitShareHash('#s=abc&step=5&lang=de-AT').lang).toBe('de');
    // A link made before languages existed (issue 11) still opens, with no language of its own.
    expect(splitShareHash('#s=abc&step=5&panel=terminal')).toEqual({ link: '#s=abc', step: 5, panel: 'terminal', detail: null, predict: false, lang: null });
    for (const bad of ['fr', '', 'x-klingon', '<script>']) expect(splitShareHash(`#s=abc&step=5&lang=${encodeURIComponent(bad)}`).lang).toBeNull();
  });
});

describe('scenario text by retention mode', () => {
  it('reads byMode defensively: only string titles and summaries, only the two modes', () => {
    expect(modeTexts({ byMode: { keep: { title: 'Kept', summary: 7 }, other: { title: 'x' } } })).toEqual({ keep: { title: 'Kept' } });
    expect(modeTexts({ byMode: 'nope' })).toBeUndefined();
    expect(modeTexts({})).toBeUndefined();
    expect(modeTexts(null)).toBeUndefined();
  });
});
