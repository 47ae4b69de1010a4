import { beforeAll, describe, expect, it } from 'vitest';
import { builtinScenarios, DEFAULT_SCENARIO_ID, builtinScenario } from '../scenarios/library/index.ts';
import { encodeScenario } from '../scenarios/url-codec.ts';
import { simulate } from '../sim/index.ts';
import { parseOptions, rawFromUrl } from './options.ts';
import { isAllowedOrigin, originPolicy, parentOriginOf, parseCommand, parseHostTheme, h5pAction } from './protocol.ts';
import { themeFromBackground, themeFromClasses, themeFromValue } from './host-theme.ts';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GUARD_LIMITS } from '../scenarios/guard.ts';
import { fetchScenario, loadScenario } from './scenario.ts';
import { resolveScenarioText } from './scenario-text.ts';
import { DEFAULT_IFRAME_HEIGHT, elementSnippet, iframeSnippet, iframeUrl } from './snippets.ts';
import { singleScenarioSource } from './source.ts';
import { attemptRun, buildConfig } from '../ui/wiring.ts';
import { ALL_ENGINES } from '../sim/engines-all.ts';

const first = builtinScenario(DEFAULT_SCENARIO_ID)!;

describe('parseOptions', () => {
  it('lang picks the player\'s language; one POP Lab does not speak is no error (it is also the page\'s own attribute)', () => {
    const es = parseOptions({ lang: 'es-MX' });
    expect(es.ok && es.options.lang).toBe('es');
    const fr = parseOptions({ lang: 'fr' });
    expect(fr.ok).toBe(true);
    expect(fr.ok && fr.options.lang).toBeUndefined();
    expect(rawFromUrl(new URL('https://x.example/embed.html?scenario=first-session&lang=de')).lang).toBe('de');
  });
  it('defaults: built-in default scenario, full controls, auto theme, no autoplay', () => {
    const r = parseOptions({});
    expect(r).toEqual({ ok: true, options: { scenario: { kind: 'default' }, autoplay: false, controls: 'full', theme: 'auto', view: 'player' } });
  });
  it('reads every attribute', () => {
    const r = parseOptions({ scenario: 'first-session', mode: 'KEEP', autoplay: '', controls: 'minimal', theme: 'dark', height: '480px', view: 'FaultMap' });
    expect(r).toEqual({
      ok: true,
      options: { scenario: { kind: 'builtin-or-link', value: 'first-session' }, mode: 'keep', autoplay: true, controls: 'minimal', theme: 'dark', height: 480, view: 'faultmap' },
    });
    // view (issue 13): only "player" and "faultmap"; a bad one is a message, not a crash.
    expect(parseOptions({ view: 'map' })).toEqual({ ok: false, errors: ['view="map" is not allowed; use "player", "faultmap"'] });
    expect(parseOptions({ autoplay: 'false' }).ok && parseOptions({ autoplay: 'false' })).toMatchObject({ options: { autoplay: false } });
  });
  it('collects every bad value as a message', () => {
    const r = parseOptions({ mode: 'sideways', controls: 'lots', theme: 'pink', height: '9', scenario: 'x', src: 'y.json' });
    expect(r.ok).toBe(false);
    const errors = r.ok ? [] : r.errors;
    expect(errors).toHaveLength(5);
    expect(errors.join('\n')).toMatch(/either scenario or src/);
    expect(errors.join('\n')).toMatch(/mode="sideways"/);
    expect(errors.join('\n')).toMatch(/controls="lots"/);
    expect(errors.join('\n')).toMatch(/theme="pink"/);
    expect(errors.join('\n')).toMatch(/height="9"/);
  });
  it('reads the embed page URL: query options and the #s= fragment as the scenario', () => {
    const raw = rawFromUrl(new URL('https://lab.example/embed.html?mode=keep&controls=none&theme=light#s=abc'));
    expect(raw).toMatchObject({ scenario: '#s=abc', mode: 'keep', controls: 'none', theme: 'light', src: null });
    expect(rawFromUrl(new URL('https://lab.example/embed.html?scenario=f3-drop-before-quit')).scenario).toBe('f3-drop-before-quit');
  });
});

describe('scenario resolution', () => {
  it('finds built-ins by id', () => {
    const r = resolveScenarioText('first-session');
    expect(r.ok && r.scenario.id).toBe('first-session');
  });
  it('decodes share-link payloads, with or without "#s="', () => {
    const scenario = builtinScenarios()[3]!;
    const payload = encodeScenario({ ...scenario, id: 'shared-one' });
    for (const text of [payload, `#s=${payload}`, `s=${payload}`]) {
      const r = resolveScenarioText(text);
      expect(r.ok && r.scenario.id).toBe('shared-one');
    }
  });
  it('explains an unknown id and a damaged link', () => {
    const unknown = resolveScenarioText('nope');
    expect(unknown.ok ? '' : unknown.errors[0]).toMatch(/neither a built-in scenario id/);
    const damaged = resolveScenarioText('#s=AAAA!!');
    expect(damaged.ok ? '' : damaged.errors[0]).toMatch(/^link:/);
  });
  it('fetches JSON over real HTTP and validates it; 404, refused connection and bad schemes are clear errors', async () => {
    const files: Record<string, string> = {
      '/s/good.json': JSON.stringify({ version: 1, id: 'fetched', title: 'Fetched', maildrop: [{ subject: 'Hi' }] }),
      '/s/bad.json': JSON.stringify({ version: 1, id: 'bad', title: 'Bad', maildrop: 'no' }),
    };
    await withServer(
      (req, res) => {
        const body = files[req.url ?? ''];
        res.writeHead(body === undefined ? 404 : 200, { 'content-type': 'application/json' });
        res.end(body ?? 'not found');
      },
      async (origin) => {
        const good = await loadScenario({ kind: 'src', url: 'good.json' }, `${origin}/s/page.html`, fetch);
        expect(good.ok && good.scenario.title).toBe('Fetched');
        const bad = await fetchScenario('bad.json', `${origin}/s/`, fetch);
        expect(bad.ok ? '' : bad.errors[0]).toMatch(/\/s\/bad\.json: maildrop/);
        const missing = await fetchScenario('/s/none.json', `${origin}/`, fetch);
        expect(missing.ok ? '' : missing.errors[0]).toMatch(/HTTP 404/);
      },
    );
    // A port nobody listens on any more: the connection is refused.
    const closed = await withServer((_req, res) => res.end(), async (origin) => origin);
    const offline = await fetchScenario('offline.json', `${closed}/s/`, fetch);
    expect(offline.ok ? '' : offline.errors[0]).toMatch(/network error/);
    const script = await fetchScenario('javascript:alert(1)', 'https://site.example/', fetch);
    expect(script.ok ? '' : script.errors[0]).toMatch(/only http and https/);
  });

  it('gives up on a server that never answers, after the timeout, with a clear message (issue 10 item 9)', async () => {
    await withServer(
      () => {
        // Accepts the request and never answers; the client's timeout ends it.
      },
      async (origin) => {
        const r = await fetchScenario('slow.json', `${origin}/`, fetch, { timeoutMs: 300, maxOctets: GUARD_LIMITS.jsonOctets });
        expect(r.ok ? '' : r.errors[0]).toMatch(/could not load the scenario from http:\/\/127\.0\.0\.1:\d+\/slow\.json: no complete answer within 300 ms/);
      },
    );
  });

  it('refuses an endless or oversized body while streaming it, at the scenario size limit (issue 10 item 9)', async () => {
    let chunksSent = 0;
    await withServer(
      (req, res) => {
        if (req.url === '/declared.json') {
          res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(GUARD_LIMITS.jsonOctets + 1) });
          res.end('{');
          return;
        }
        // An endless body, bounded here so the test always ends: at most 64 MiB.
        res.writeHead(200, { 'content-type': 'application/json' });
        const chunk = Buffer.alloc(64 * 1024, 0x20);
        const pump = () => {
          while (chunksSent < 1024) {
            chunksSent++;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          res.end();
        };
        pump();
      },
      async (origin) => {
        const endless = await fetchScenario('endless.json', `${origin}/`, fetch);
        expect(endless.ok ? '' : endless.errors[0]).toMatch(/larger than the limit of 1,048,576 octets/);
        // It stopped reading soon after the limit, not at the end of the 64 MiB.
        expect(chunksSent).toBeLessThan(1024);
        const declared = await fetchScenario('declared.json', `${origin}/`, fetch);
        expect(declared.ok ? '' : declared.errors[0]).toMatch(/larger than the limit/);
      },
    );
  });
});

/** Runs `use` against a real local HTTP server (127.0.0.1, a free port), then closes it. */
async function withServer<T>(handler: (req: IncomingMessage, res: ServerResponse) => void, use: (origin: string) => Promise<T>): Promise<T> {
  const server = createServer(handler);
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  try {
    return await use(`http://127.0.0.1:${port}`);
  } finally {
    server.closeAllConnections();
    await new Promise<void>((ok) => server.close(() => ok()));
  }
}

describe('postMessage protocol', () => {
  it('accepts exactly the five commands', () => {
    expect(parseCommand({ type: 'pop-lab:setTheme', theme: 'dark' })).toEqual({ type: 'pop-lab:setTheme', theme: 'dark' });
    expect(parseCommand({ type: 'pop-lab:setTheme', theme: 'sepia' })).toBeNull();
    expect(parseCommand({ type: 'pop-lab:play' })).toEqual({ type: 'pop-lab:play' });
    expect(parseCommand({ type: 'pop-lab:pause', extra: 1 })).toEqual({ type: 'pop-lab:pause' });
    expect(parseCommand({ type: 'pop-lab:seek', step: 12 })).toEqual({ type: 'pop-lab:seek', step: 12 });
    expect(parseCommand({ type: 'pop-lab:setMode', mode: 'keep' })).toEqual({ type: 'pop-lab:setMode', mode: 'keep' });
  });
  it('rejects malformed payloads without throwing', () => {
    const throwing = Object.defineProperty({}, 'type', {
      get() {
        throw new Error('boom');
      },
    });
    for (const bad of [null, 'pop-lab:play', 42, [], {}, { type: 'pop-lab:seek' }, { type: 'pop-lab:seek', step: -1 }, { type: 'pop-lab:seek', step: 1.5 }, { type: 'pop-lab:seek', step: '3' }, { type: 'pop-lab:setMode', mode: 'shred' }, { type: 'pop-lab:resize', height: 3 }, throwing]) {
      expect(parseCommand(bad)).toBeNull();
    }
  });
  it('allows the listed origins, else only its own; refuses "*" and junk', () => {
    const own = 'https://lab.example';
    expect(originPolicy(null, own)).toEqual({ allowed: [own], invalid: [] });
    const p = originPolicy('https://course.example/path, http://localhost:8080 * nonsense', own);
    expect(p.allowed).toEqual(['https://course.example', 'http://localhost:8080']);
    expect(p.invalid).toEqual(['*', 'nonsense']);
    expect(isAllowedOrigin('https://course.example', p)).toBe(true);
    expect(isAllowedOrigin(own, p)).toBe(false);
    expect(isAllowedOrigin('https://evil.example', p)).toBe(false);
  });
  it("reads the resizer's host-theme message, and nothing else, as a host theme", () => {
    expect(parseHostTheme({ type: 'pop-lab:hostTheme', theme: 'dark' })).toBe('dark');
    expect(parseHostTheme({ type: 'pop-lab:hostTheme', theme: null })).toBeNull();
    expect(parseHostTheme({ type: 'pop-lab:hostTheme', theme: 'purple' })).toBeUndefined();
    expect(parseHostTheme({ type: 'pop-lab:setTheme', theme: 'dark' })).toBeUndefined();
    expect(parseHostTheme('dark')).toBeUndefined();
  });
  it("knows the parent's origin from ancestorOrigins, else the referrer, else not at all", () => {
    expect(parentOriginOf(['https://docs.example'], 'https://other.example/x')).toBe('https://docs.example');
    expect(parentOriginOf([], 'https://docs.example/guide/page.html')).toBe('https://docs.example');
    expect(parentOriginOf(undefined, '')).toBeNull();
    expect(parentOriginOf(['null'], '')).toBeNull();
  });
  it('recognises H5P resizer messages', () => {
    expect(h5pAction({ context: 'h5p', action: 'hello' })).toBe('hello');
    expect(h5pAction({ context: 'h5p', action: 'resizePrepared' })).toBe('resizePrepared');
    expect(h5pAction({ context: 'h5p', action: 'fullScreen' })).toBeNull();
    expect(h5pAction({ type: 'pop-lab:play' })).toBeNull();
  });
});

describe('snippets', () => {
  it('builds the element snippet with fallback content, and the iframe snippet with the resizer and border:0', () => {
    const input = { base: 'https://lab.example/', scenarioId: 'f3-drop-before-quit', mode: 'keep' as const, title: 'F3 "drop"' };
    expect(elementSnippet(input)).toBe(
      [
        '<script type="module" src="https://lab.example/embed/pop-lab.js"></script>',
        '<pop-lab scenario="f3-drop-before-quit" mode="keep" controls="full">',
        '  <p><a href="https://lab.example/">Open this scenario in POP Lab</a> (the interactive version needs JavaScript).</p>',
        '</pop-lab>',
      ].join('\n'),
    );
    expect(iframeUrl(input)).toBe('https://lab.example/embed.html?scenario=f3-drop-before-quit&mode=keep');
    expect(iframeSnippet(input)).toBe(
      [
        '<script src="https://lab.example/embed/pop-lab-resizer.js" defer></script>',
        `<iframe src="https://lab.example/embed.html?scenario=f3-drop-before-quit&amp;mode=keep" title="POP Lab: F3 &quot;drop&quot;" style="width:100%;border:0" height="${DEFAULT_IFRAME_HEIGHT}" loading="lazy"></iframe>`,
      ].join('\n'),
    );
  });
  it('puts a share payload in the fragment, for the frame and the fallback link', () => {
    const input = { base: 'https://lab.example/app', payload: 'abc_-', mode: 'delete' as const };
    expect(iframeUrl(input)).toBe('https://lab.example/app/embed.html?mode=delete#s=abc_-');
    expect(elementSnippet(input)).toContain('scenario="#s=abc_-"');
    expect(elementSnippet(input)).toContain('<a href="https://lab.example/app/#s=abc_-">');
  });
  it('keeps a relative base relative (docs sites under a sub-path copy the files beside their pages)', () => {
    const input = { base: '../pop-lab/', scenarioId: 'first-session' };
    expect(iframeUrl(input)).toBe('../pop-lab/embed.html?scenario=first-session');
    expect(elementSnippet(input)).toContain('<script type="module" src="../pop-lab/embed/pop-lab.js"></script>');
    expect(iframeSnippet(input)).toContain('<script src="../pop-lab/embed/pop-lab-resizer.js" defer></script>');
  });
});

describe('single-scenario source', () => {
  it('runs the scenario like the app, with the mode forced', () => {
    const source = singleScenarioSource(first, 'keep');
    const defaults = source.defaults(first.id);
    expect(defaults.retention).toBe('keep');
    const settings = { retention: 'keep' as const, protocol: first.protocol, personality: 'rfc' as const, scenarioId: first.id, scenarioFaults: true, pollAgain: true };
    const run = source.runFor(settings);
    expect(run.trace.length).toBeGreaterThan(0);
    expect(run.config.devices.map((d) => d.policy.retention)).toEqual(first.devices.map(() => 'keep'));
    expect(run.config.devices.every((d) => d.pollAtTicks.length >= 2)).toBe(true);
    expect(simulate(buildConfig(first, settings), { engines: ALL_ENGINES }).outcome()).toEqual(run.outcome());
  });
  it('a scenario the World refuses surfaces as an error, not a throw (wiring attemptRun)', () => {
    const source = singleScenarioSource(first);
    const settings = { retention: 'delete' as const, protocol: first.protocol, personality: 'rfc' as const, scenarioId: first.id, scenarioFaults: true, pollAgain: true };
    // Two devices with one name: parseScenario rejects it, the World throws if it gets through.
    const broken = singleScenarioSource({ ...first, devices: [first.devices[0]!, first.devices[0]!] });
    const ok = attemptRun(source, settings);
    expect('run' in ok && ok.run.trace.length).toBeGreaterThan(0);
    const failed = attemptRun(broken, settings);
    expect('error' in failed && failed.error).toMatch(/two devices are named/);
  });
});

describe('host theme signal (issue 14 item 2)', () => {
  it('reads the values the common generators write', () => {
    // MkDocs Material, Docusaurus/Starlight, Bootstrap, Furo's "auto".
    expect(themeFromValue('slate')).toBe('dark');
    expect(themeFromValue('default')).toBe('light');
    expect(themeFromValue('dark')).toBe('dark');
    expect(themeFromValue(' Light ')).toBe('light');
    expect(themeFromValue('dark-dimmed')).toBe('dark');
    expect(themeFromValue('auto')).toBeNull();
    expect(themeFromValue('')).toBeNull();
  });
  it('reads the dark class as a whole token only', () => {
    expect(themeFromClasses('has-sidebar dark')).toBe('dark');
    expect(themeFromClasses('light')).toBe('light');
    expect(themeFromClasses('darkroom')).toBeNull();
  });
  it("reads the page's painted background by its luminance; transparent says nothing", () => {
    expect(themeFromBackground('rgb(27, 27, 31)')).toBe('dark');
    expect(themeFromBackground('rgb(255, 255, 255)')).toBe('light');
    expect(themeFromBackground('rgba(0, 0, 0, 0)')).toBeNull();
    expect(themeFromBackground('rgb(30 33 41 / 1)')).toBe('dark');
    expect(themeFromBackground('oklch(0.2 0 0)')).toBeNull();
  });
});
