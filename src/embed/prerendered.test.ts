import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseOptions, rawFromUrl } from './options.ts';
import { showsPrerendered, urlShowsPrerendered } from './prerendered.ts';

const BASE = 'https://docs.example.org/pop-lab/embed.html';

describe("embed.html's small entry guesses from the URL whether the prerendered player is the one asked for (issue 12)", () => {
  it('true for the plain page and for options that only re-colour or start playing', () => {
    for (const query of ['', '?autoplay=1', '?theme=dark&origins=https://docs.example.org', '?scenario=first-session', '?lang=en'])
      expect(urlShowsPrerendered(new URL(BASE + query)), query).toBe(true);
  });

  it('false for another scenario, controls, mode, height, view, a source or a share link', () => {
    for (const query of ['?scenario=f3-drop-before-quit', '?controls=minimal', '?mode=keep', '?height=500', '?view=faultmap', '?src=/s.json', '#s=abc'])
      expect(urlShowsPrerendered(new URL(BASE + query)), query).toBe(false);
  });

  it('never says true where the parsed options show another first screen (it may say false where they do not)', () => {
    const key = fc.constantFrom('scenario', 'autoplay', 'theme', 'origins', 'lang', 'controls', 'mode', 'height', 'view', 'src', 'x');
    const value = fc.constantFrom('first-session', ' first-session ', 'f3-drop-before-quit', '1', 'dark', 'minimal', 'full', 'keep', '500', 'player', 'faultmap', 'en', 'de', '');
    fc.assert(
      fc.property(fc.array(fc.tuple(key, value), { maxLength: 4 }), (pairs) => {
        const url = new URL(BASE);
        for (const [k, v] of pairs) url.searchParams.append(k, v);
        const parsed = parseOptions(rawFromUrl(url));
        if (urlShowsPrerendered(url) && parsed.ok) expect(showsPrerendered(parsed.options)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
