import { beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_SCENARIOS, DEFAULT_SCENARIO_ID, builtinScenario } from '../scenarios/library/index.ts';
import { encodeScenario } from '../scenarios/url-codec.ts';
import { simulate } from '../sim/index.ts';
import { parseOptions, rawFromUrl } from './options.ts';
import { isAllowedOrigin, originPolicy, parseCommand, h5pAction } from './protocol.ts';
import { fetchScenario, loadScenario, resolveScenarioText, type Fetcher } from './scenario.ts';
import { elementSnippet, iframeSnippet, iframeUrl } from './snippets.ts';
import { singleScenarioSource } from './source.ts';
import { attemptRun, buildConfig } from '../ui/wiring.ts';

const first = builtinScenario(DEFAULT_SCENARIO_ID)!;

describe('parseOptions', () => {
  it('defaults: built-in default scenario, full controls, auto theme, no autoplay', () => {
    const r = parseOptions({});
    expect(r).toEqual({ ok: true, options: { scenario: { kind: 'default' }, autoplay: false, controls: 'full', theme: 'auto' } });
  });
  it('reads every attribute', () => {
    const r = parseOptions({ scenario: 'first-session', mode: 'KEEP', autoplay: '', controls: 'minimal', theme: 'dark', height: '480px' });
    expect(r).toEqual({
      ok: true,
      options: { scenario: { kind: 'builtin-or-link', value: 'first-session' }, mode: 'keep', autoplay: true, controls: 'minimal', theme: 'dark', height: 480 },
    });
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
    const scenario = BUILTIN_SCENARIOS[3]!;
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
  it('fetches JSON through the given fetcher and validates it', async () => {
    const files: Record<string, string> = {
      'https://site.example/s/good.json': JSON.stringify({ version: 1, id: 'fetched', title: 'Fetched', maildrop: [{ subject: 'Hi' }] }),
      'https://site.example/s/bad.json': JSON.stringify({ version: 1, id: 'bad', title: 'Bad', maildrop: 'no' }),
    };
    const fetcher: Fetcher = async (url) => {
      if (url === 'https://site.example/s/offline.json') throw new TypeError('Failed to fetch');
      const body = files[url];
      return { ok: body !== undefined, status: body === undefined ? 404 : 200, text: async () => body ?? '' };
    };
    const good = await loadScenario({ kind: 'src', url: 'good.json' }, 'https://site.example/s/page.html', fetcher);
    expect(good.ok && good.scenario.title).toBe('Fetched');
    const bad = await fetchScenario('bad.json', 'https://site.example/s/', fetcher);
    expect(bad.ok ? '' : bad.errors[0]).toMatch(/^https:\/\/site\.example\/s\/bad\.json: maildrop/);
    const missing = await fetchScenario('/s/none.json', 'https://site.example/', fetcher);
    expect(missing.ok ? '' : missing.errors[0]).toMatch(/HTTP 404/);
    const offline = await fetchScenario('offline.json', 'https://site.example/s/', fetcher);
    expect(offline.ok ? '' : offline.errors[0]).toMatch(/network error/);
    const script = await fetchScenario('javascript:alert(1)', 'https://site.example/', fetcher);
    expect(script.ok ? '' : script.errors[0]).toMatch(/only http and https/);
  });
});

describe('postMessage protocol', () => {
  it('accepts exactly the four commands', () => {
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
  it('recognises H5P resizer messages', () => {
    expect(h5pAction({ context: 'h5p', action: 'hello' })).toBe('hello');
    expect(h5pAction({ context: 'h5p', action: 'resizePrepared' })).toBe('resizePrepared');
    expect(h5pAction({ context: 'h5p', action: 'fullScreen' })).toBeNull();
    expect(h5pAction({ type: 'pop-lab:play' })).toBeNull();
  });
});

describe('snippets', () => {
  it('builds the element and iframe snippets for a built-in scenario', () => {
    const input = { base: 'https://lab.example/', scenarioId: 'f3-drop-before-quit', mode: 'keep' as const, title: 'F3 "drop"' };
    expect(elementSnippet(input)).toBe(
      '<script type="module" src="https://lab.example/embed/pop-lab.js"></script>\n<pop-lab scenario="f3-drop-before-quit" mode="keep" controls="full"></pop-lab>',
    );
    expect(iframeUrl(input)).toBe('https://lab.example/embed.html?scenario=f3-drop-before-quit&mode=keep');
    expect(iframeSnippet(input)).toContain('title="POP Lab: F3 &quot;drop&quot;"');
  });
  it('puts a share payload in the fragment', () => {
    const input = { base: 'https://lab.example/app', payload: 'abc_-', mode: 'delete' as const };
    expect(iframeUrl(input)).toBe('https://lab.example/app/embed.html?mode=delete#s=abc_-');
    expect(elementSnippet(input)).toContain('scenario="#s=abc_-"');
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
    expect(simulate(buildConfig(first, settings)).outcome()).toEqual(run.outcome());
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
