/**
 * The build's prerendered first screens (issue 12 item 1), rendered here the
 * way `vite build` renders them (src/node/prerender.ts: Svelte's server
 * renderer in a Vite SSR server): the app and embed.html must hold the stage,
 * the controls (waiting for the simulator, and saying so) and the Outcome,
 * under the contract's accessible names (design.md).
 */
import { describe, expect, it } from 'vitest';
import { APP_ENTRY, EMBED_ENTRY, injectFirstScreen, injectOtherLanguages, renderEntry } from './prerender.ts';
import { fillIslands } from '../ui/islands.ts';

/** The buttons of an HTML fragment: accessible name (text without aria-hidden icons) and attributes. */
function buttons(html: string): Array<{ name: string; attrs: string }> {
  return [...html.matchAll(/<button\b([^>]*)>([\s\S]*?)<\/button>/g)].map((m) => ({
    attrs: m[1]!,
    name: m[2]!
      .replace(/<span[^>]*aria-hidden="true"[^>]*>[\s\S]*?<\/span>/g, '')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<[^>]+>/g, '')
      .trim(),
  }));
}

/** The text of the element that opens with `open` (a unique attribute), up to its closing tag. */
function sectionText(html: string, open: RegExp, tag: string): string {
  const start = html.search(open);
  expect(start, `no element matching ${open}`).toBeGreaterThanOrEqual(0);
  const end = html.indexOf(`</${tag}>`, start);
  return html
    .slice(start, end)
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
}

const screens = [
  { page: 'index.html', entry: APP_ENTRY, retention: true },
  { page: 'embed.html', entry: EMBED_ENTRY, retention: false },
] as const;

describe.each(screens)('the prerendered first screen of $page', ({ entry, retention }) => {
  let rendered: Promise<{ html: string; lang: string }> | null = null;
  const html = async () => (await (rendered ??= renderEntry(entry))).html;

  it('draws the stage: the picture of the default scenario at step 0, and the maildrop', async () => {
    const h = await html();
    expect(h).toMatch(/<svg\b[^>]*role="img"[^>]*aria-label="Laptop: offline"/);
    expect(h).toContain('Lunch on Friday?');
    // Both pictures (phone and wide) until the browser knows the width.
    expect(h).toMatch(/class="[^"]*only-narrow/);
    expect(h).toMatch(/class="[^"]*only-wide/);
  });

  it('has the playback and fault controls, aria-disabled and described by the "Preparing" status', async () => {
    const h = await html();
    const byName = new Map(buttons(h).map((b) => [b.name, b.attrs]));
    for (const name of ['Play', 'Step forward', 'Step back', 'Drop connection', 'Crash client']) {
      const attrs = byName.get(name);
      expect(attrs, `button "${name}"`).toBeDefined();
      expect(attrs).toContain('aria-disabled="true"');
      const described = /aria-describedby="([^"]+)"/.exec(attrs!)?.[1];
      expect(described, `"${name}" is described by the status line`).toBeDefined();
      expect(h).toMatch(new RegExp(`<p id="${described}"[^>]*role="status"[^>]*>Preparing the simulator…</p>`));
    }
    expect(byName.has('Reset')).toBe(true);
    expect(h).toMatch(/<select\b/); // Speed
    expect(h).toContain('Speed');
  });

  it('has the Outcome region with its counts at zero', async () => {
    const h = await html();
    const id = /<section class="outcome[^"]*" aria-labelledby="([^"]+)"/.exec(h)?.[1];
    expect(id).toBeDefined();
    expect(h).toMatch(new RegExp(`<h2 id="${id}"[^>]*>Outcome</h2>`));
    const text = sectionText(h, /<section class="outcome/, 'section');
    for (const count of ['Delivered: 0', 'Duplicated: 0', 'Lost: 0', 'Gap: 0']) expect(text).toContain(count);
  });

  it.runIf(retention)('has the radio group "Retention" with both choices', async () => {
    const h = await html();
    expect(h).toMatch(/role="radiogroup" aria-label="Retention"/);
    expect(h).toMatch(/type="radio" name="retention" value="delete" checked/);
    expect(h).toContain('Delete on download');
    expect(h).toContain('Leave on server');
  });
});

describe('injectFirstScreen', () => {
  it('writes the screen between the markers and the language on <html>', () => {
    const page = '<!doctype html><html lang="en"><body><div id="app"><!--prerender--><p>Loading</p><!--/prerender--></div></body></html>';
    expect(injectFirstScreen(page, { html: '<main>$& first</main>', lang: 'de' })).toBe('<!doctype html><html lang="de"><body><div id="app"><main>$& first</main></div></body></html>');
  });

  it('refuses a page without markers, so a build never ships an unrendered page silently', () => {
    expect(() => injectFirstScreen('<div id="app"></div>', { html: 'x', lang: 'en' })).toThrow(/markers/);
  });
});

describe('the app\'s islands (src/ui/islands.ts)', () => {
  it('each host in the prerendered app holds its own part, with the markers hydration starts from, in page order', async () => {
    const { html } = await renderEntry(APP_ENTRY);
    const hosts = [...html.matchAll(/<div [^>]*data-island="([a-z]+)"[^>]*>(<!--\[-->)?/g)];
    expect(hosts.map((m) => m[1])).toEqual(['header', 'stage', 'stores', 'controls', 'outcome']);
    // Each begins with Svelte's "[" marker: the part's own server render, which hydrate() looks for.
    for (const m of hosts) expect(m[2], `the ${m[1]} host starts with its part's markup`).toBe('<!--[-->');
    expect(html).toMatch(/data-island="header"[^>]*><!--\[--><header class="top/);
    expect(html).toMatch(/data-island="stage"[^>]*><!--\[--><div class="stage/);
    expect(html).toMatch(/data-island="stores"[^>]*><!--\[--><div class="stores/);
    expect(html).toMatch(/data-island="controls"[^>]*><!--\[--><!--\$s1--><div class="controls/);
    expect(html).toMatch(/data-island="outcome"[^>]*><!--\[--><section class="outcome/);
  });

  it('embed.html\'s first screen has the same three parts as islands: stage, controls, Outcome (EmbedView `islands`)', async () => {
    const { html } = await renderEntry(EMBED_ENTRY);
    const hosts = [...html.matchAll(/<div [^>]*data-island="([a-z]+)"[^>]*>(<!--\[-->)?/g)];
    expect(hosts.map((m) => m[1])).toEqual(['stage', 'controls', 'outcome']);
    for (const m of hosts) expect(m[2], `the ${m[1]} host starts with its part's markup`).toBe('<!--[-->');
    expect(html).toMatch(/data-island="stage"[^>]*><!--\[--><div class="stage/);
    expect(html).toMatch(/data-island="controls"[^>]*><!--\[--><!--\$s1--><div class="controls/);
    expect(html).toMatch(/data-island="outcome"[^>]*><!--\[--><section class="outcome/);
  });

  it('fillIslands puts the markup into the empty host and refuses a page without one', () => {
    const app = '<main><div class="island x" data-island="stage"></div><p>after</p></main>';
    expect(fillIslands(app, { stage: '<!--[--><svg>$&</svg><!--]-->' })).toBe('<main><div class="island x" data-island="stage"><!--[--><svg>$&</svg><!--]--></div><p>after</p></main>');
    expect(() => fillIslands(app, { outcome: '<section></section>' })).toThrow(/no empty host for the outcome island/);
  });
});

describe.each(screens)('the first screen of $page in the other languages (src/ui/first-language.ts)', ({ entry }) => {
  it.each([
    ['de', 'Erste Sitzung: abrufen und löschen', 'Abspielen'],
    ['es', 'Primera sesión: descargar y borrar', 'Reproducir'],
  ])('%s: the same screen in its words, with the same islands and waiting controls', async (locale, title, play) => {
    const [english, other] = await Promise.all([renderEntry(entry), renderEntry(entry, locale)]);
    expect(other.lang).toBe(locale);
    expect(other.html).toContain(title);
    expect(other.html).not.toContain('First session: download and delete');
    const attrs = new Map(buttons(other.html).map((b) => [b.name, b.attrs])).get(play);
    expect(attrs, `button "${play}"`).toContain('aria-disabled="true"');
    // The same shape: hydration of the other language meets the same elements and islands.
    const shape = (html: string) =>
      [...html.matchAll(/<([a-z0-9]+)\b([^>]*)>/g)].map((m) => m[1]! + (/data-island="([a-z]+)"/.exec(m[2]!)?.[1] ?? '')).join(' ');
    expect(shape(other.html)).toBe(shape(english.html));
    expect(shape(other.html)).toContain('divcontrols');
  });
});

describe('injectOtherLanguages', () => {
  it('puts each screen in a template, at the marker', () => {
    const page = '<body><div id="app">EN</div><!--other-languages--></body>';
    const out = injectOtherLanguages(page, [{ html: '<p>ES</p>', lang: 'es' }, { html: '<p>DE</p>', lang: 'de' }]);
    expect(out).toBe('<body><div id="app">EN</div><template data-first-screen="es"><p>ES</p></template><template data-first-screen="de"><p>DE</p></template></body>');
    expect(() => injectOtherLanguages('<body></body>', [])).toThrow(/other-languages/);
  });
});
