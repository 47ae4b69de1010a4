import { describe, expect, it } from 'vitest';
import { isPrefixedLink, isShareHash, linkPayload, SHARE_PANELS, shareHash, splitShareHash } from './share-link.ts';

describe('share link prefix', () => {
  it('"#s=" marks a share link; the payload reads the same with "#s=", "s=" or bare', () => {
    expect(isShareHash('#s=abc&step=2')).toBe(true);
    for (const other of ['', '#', '#step=2', 's=abc', '#S=abc']) expect(isShareHash(other)).toBe(false);
    for (const text of ['#s=abc', 's=abc', ' abc ', 'abc']) expect(linkPayload(text)).toBe('abc');
    expect(isPrefixedLink(' #s=abc')).toBe(true);
    expect(isPrefixedLink('s=abc')).toBe(true);
    expect(isPrefixedLink('abc')).toBe(false);
  });
});

describe('share link fragment', () => {
  it('carries the step after the payload and reads it back', () => {
    const hash = shareHash('abc_-', 17);
    expect(hash).toBe('#s=abc_-&step=17');
    expect(splitShareHash(hash)).toEqual({ link: '#s=abc_-', step: 17, panel: null, detail: null, predict: false, view: null, lang: null });
  });
  it('carries the open panel after the step and reads every known one back', () => {
    for (const panel of SHARE_PANELS) {
      const hash = shareHash('abc_-', 3, panel);
      expect(hash).toBe(`#s=abc_-&step=3&panel=${panel}`);
      expect(splitShareHash(hash)).toEqual({ link: '#s=abc_-', step: 3, panel, detail: null, predict: false, view: null, lang: null });
    }
  });
  it('an unknown, empty or repeated-unknown panel is ignored, and the step still counts', () => {
    for (const bad of ['bogus', '', 'TERMINAL', 'terminal ', 'constructor', '__proto__']) {
      expect(splitShareHash(`#s=abc&step=4&panel=${encodeURIComponent(bad)}`)).toEqual({ link: '#s=abc', step: 4, panel: null, detail: null, predict: false, view: null, lang: null });
    }
    expect(splitShareHash('#s=abc&panel=lessons')).toEqual({ link: '#s=abc', step: null, panel: 'lessons', detail: null, predict: false, view: null, lang: null });
    expect(splitShareHash('#s=abc&step=x&panel=transcript&lesson=zz')).toEqual({ link: '#s=abc', step: null, panel: 'transcript', detail: null, predict: false, view: null, lang: null });
  });
  it('a link without a step, or with a bad one, opens at the start (step ignored)', () => {
    expect(splitShareHash('#s=abc')).toEqual({ link: '#s=abc', step: null, panel: null, detail: null, predict: false, view: null, lang: null });
    for (const bad of ['x', '-3', '1.5', '', '1e3']) expect(splitShareHash(`#s=abc&step=${bad}`)).toEqual({ link: '#s=abc', step: null, panel: null, detail: null, predict: false, view: null, lang: null });
  });
  it('carries the Detail when it is not the default (Commands), and ignores an unknown one', () => {
    expect(shareHash('abc', 5, null, 'commands')).toBe('#s=abc&step=5');
    for (const detail of ['segments', 'octets'] as const) {
      const hash = shareHash('abc', 5, 'transcript', detail);
      expect(hash).toBe(`#s=abc&step=5&panel=transcript&detail=${detail}`);
      expect(splitShareHash(hash)).toEqual({ link: '#s=abc', step: 5, panel: 'transcript', detail, predict: false, view: null, lang: null });
    }
    for (const bad of ['', 'Commands', 'bytes', '__proto__']) expect(splitShareHash(`#s=abc&step=2&detail=${bad}`).detail).toBeNull();
  });
  it('"Predict first" travels as predict=1 after the rest, and only "1" turns it on', () => {
    const hash = shareHash('abc', 5, 'terminal', 'commands', true);
    expect(hash).toBe('#s=abc&step=5&panel=terminal&predict=1');
    expect(splitShareHash(hash)).toEqual({ link: '#s=abc', step: 5, panel: 'terminal', detail: null, predict: true, view: null, lang: null });
    expect(shareHash('abc', 5, null, 'commands', true)).toBe('#s=abc&step=5&predict=1');
    for (const bad of ['0', 'true', '', '11', 'yes']) expect(splitShareHash(`#s=abc&step=5&predict=${bad}`).predict).toBe(false);
  });
  it('a link can open with the fault map shown (view=faultmap, issue 13); old links and unknown views open without it', () => {
    const hash = shareHash('abc', 5, null, 'commands', false, 'faultmap');
    expect(hash).toBe('#s=abc&step=5&view=faultmap');
    expect(splitShareHash(hash)).toEqual({ link: '#s=abc', step: 5, panel: null, detail: null, predict: false, view: 'faultmap', lang: null });
    expect(splitShareHash('#s=abc&step=5&panel=transcript&predict=1')).toEqual({ link: '#s=abc', step: 5, panel: 'transcript', detail: null, predict: true, view: null, lang: null });
    for (const bad of ['', 'FaultMap', 'stage', '__proto__']) expect(splitShareHash(`#s=abc&step=2&view=${bad}`).view).toBeNull();
  });
  it('the language travels as lang= right after the payload (issue 11); links without it, or with one POP Lab does not speak, open in the reader\'s own', () => {
    const hash = shareHash('abc', 5, null, 'segments', true, 'faultmap', 'es');
    expect(hash).toBe('#s=abc&lang=es&step=5&detail=segments&predict=1&view=faultmap');
    expect(splitShareHash(hash)).toEqual({ link: '#s=abc', step: 5, panel: null, detail: 'segments', predict: true, view: 'faultmap', lang: 'es' });
    expect(splitShareHash('#s=abc&step=5&lang=de-AT').lang).toBe('de');
    // A link made before languages existed still opens, with no language of its own.
    expect(splitShareHash('#s=abc&step=5&panel=terminal')).toEqual({ link: '#s=abc', step: 5, panel: 'terminal', detail: null, predict: false, view: null, lang: null });
    for (const bad of ['fr', '', 'x-klingon', '<script>']) expect(splitShareHash(`#s=abc&step=5&lang=${encodeURIComponent(bad)}`).lang).toBeNull();
  });
});

