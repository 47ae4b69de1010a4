import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_ENGINES } from '../sim/engines-all.ts';

const root = new URL('../../', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'pop-lab-cli-'));

function cli(...args: string[]) {
  const r = spawnSync('npx', ['tsx', 'src/node/scenario-cli.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const valid = {
  version: 2,
  id: 'cli-test',
  title: 'CLI test',
  maildrop: [{ subject: 'One' }, { subject: 'Two' }],
  expect: { delivered: 2, duplicated: 0, lost: 0, gap: 0 },
};

describe('npm run scenario (src/node/scenario-cli.ts)', () => {
  it('runs a valid file: prints the C:/S: transcript and the verdicts, exit 0', () => {
    const r = cli(file('valid.json', JSON.stringify(valid)));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^C: USER alice/m);
    expect(r.stdout).toMatch(/^S: \+OK/m);
    expect(r.stdout).toMatch(/^C: QUIT/m);
    expect(r.stdout).toContain('Delivered: 2\nDuplicated: 0\nLost: 0\nGap: 0\n');
    expect(r.stdout).toContain('As expected');
  });

  it('--json prints a machine-readable result; a wrong expect gives exit 1', () => {
    const r = cli(file('wrong-expect.json', JSON.stringify({ ...valid, expect: { delivered: 0, duplicated: 2, lost: 0, gap: 0 } })), '--json');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { ok: boolean; id: string; counts: unknown; matchesExpected: boolean; transcript: string[] };
    expect(out).toMatchObject({ ok: true, id: 'cli-test', counts: { delivered: 2, duplicated: 0, lost: 0, gap: 0 }, matchesExpected: false });
    expect(out.transcript.some((line) => line.startsWith('C: RETR 1'))).toBe(true);
  });

  it('runs a built-in by id and reports a duplicate with its step', () => {
    const r = cli('builtin:f3-drop-before-quit');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Duplicated: 3');
    expect(r.stdout).toMatch(/duplicated "Lunch on Friday\?" \(UID [^)]+\) at step \d+/);
  });

  it('invalid JSON: a clear message and exit 2, no stack trace', () => {
    const r = cli(file('broken.json', '{"version": 1,'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/broken\.json: scenario: not valid JSON/);
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('invalid scenario: path-based messages and exit 2', () => {
    const r = cli(file('invalid.json', JSON.stringify({ ...valid, devices: [{ name: 'A', commitOrder: 'fast' }] })));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('devices[0].commitOrder: expected "safe" | "unsafe" | "pipelined", got "fast"');
  });

  it('missing file, unknown built-in and bad flags: exit 2 with a message', () => {
    expect(cli(join(dir, 'nope.json'))).toMatchObject({ code: 2, stderr: expect.stringContaining('no such file') });
    expect(cli('builtin:nope')).toMatchObject({ code: 2, stderr: expect.stringContaining('no built-in scenario "nope"') });
    expect(cli('builtin:first-session', '--mode', 'sometimes')).toMatchObject({ code: 2, stderr: expect.stringContaining('--mode: expected "delete" or "keep"') });
  });

  it('--list names every built-in', () => {
    const r = cli('--list');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^builtin:first-session\s/m);
    expect(r.stdout).toMatch(/^builtin:f3-drop-before-quit\s+F3\s/m);
  });
});

describe('scenario CLI outputs name the POP2 abort model (RFC 937 "ACKD" leaves it open)', () => {
  it('in the header, the transcript header and --json, for the default and the chosen model', async () => {
    const { main } = await import('./scenario-cli.ts');
    const pop2 = { ...valid, id: 'cli-pop2', protocol: 'pop2', expect: undefined };
    const byDefault = await main([file('pop2.json', JSON.stringify(pop2))]);
    expect(byDefault.code).toBe(0);
    expect(byDefault.stdout).toMatch(/^POP2 abort model: commit nothing/m);
    expect(byDefault.stdout).toMatch(/^-- POP2 abort model: commit nothing .* --$/m);
    const chosen = await main([file('pop2-uw.json', JSON.stringify({ ...pop2, pop2Abort: 'commit-on-release' })), '--json']);
    const out = JSON.parse(chosen.stdout) as { pop2Abort: string; transcript: string[] };
    expect(out.pop2Abort).toMatch(/^POP2 abort model: commit on release/);
    expect(out.transcript[0]).toMatch(/^-- POP2 abort model: commit on release/);
    const pop3 = await main([file('pop3.json', JSON.stringify(valid))]);
    expect(pop3.stdout).not.toMatch(/abort model/);
  });
});

describe('npm run scenario -- --narrate', () => {
  it('prints one learner-facing line per step at Detail = Commands, the words narrateStep gives the app; --json includes it', async () => {
    const { main } = await import('./scenario-cli.ts');
    const { builtinScenario } = await import('../scenarios/library/index.ts');
    const { toWorldConfig } = await import('../scenarios/format.ts');
    const { simulate } = await import('../sim/index.ts');
    const { narrateStepAt } = await import('../i18n/narration.ts');
    const { stepPositions } = await import('../sim/steps.ts');
    const r = await main(['builtin:f5-quit-reply-lost', '--narrate']);
    expect(r.code).toBe(0);
    const steps = r.stdout.split('\n').filter((l) => l.startsWith('Step '));
    // The same text and numbering the app's narration line shows: narrateStepAt over stepPositions.
    const trace = simulate(toWorldConfig(builtinScenario('f5-quit-reply-lost')!), { engines: ALL_ENGINES }).trace;
    const positions = stepPositions(trace, 'commands');
    const expected: string[] = [];
    for (let k = 0; k < positions.length; k++) {
      const text = narrateStepAt(trace, positions, k, 'commands');
      if (text) expected.push(`Step ${k}: ${text}`);
    }
    expect(steps).toEqual(expected);
    expect(steps.some((l) => /is reset\. Both ends notice at once/.test(l))).toBe(true);
    expect(r.stdout).not.toMatch(/^C: /m);
    expect(r.stdout).not.toMatch(/c2s|s2c/);
    const json = JSON.parse((await main(['builtin:f5-quit-reply-lost', '--json'])).stdout) as { narration: string[] };
    expect(json.narration).toEqual(expected);
  });

  it('--lang es and --lang de narrate in Spanish and German, step for step, with protocol keywords as on the wire', async () => {
    const { main } = await import('./scenario-cli.ts');
    const en = (await main(['builtin:f5-quit-reply-lost', '--narrate'])).stdout.split('\n');
    const es = await main(['builtin:f5-quit-reply-lost', '--narrate', '--lang', 'es']);
    const de = await main(['builtin:f5-quit-reply-lost', '--narrate', '--lang=de']);
    expect(es.code).toBe(0);
    expect(de.code).toBe(0);
    const steps = (out: string, word: string) => out.split('\n').filter((l) => l.startsWith(`${word} `));
    // The same steps, numbered alike, in each language.
    const numbers = (lines: string[]) => lines.map((l) => l.split(':')[0]!.split(' ')[1]);
    expect(numbers(steps(es.stdout, 'Paso'))).toEqual(numbers(en.filter((l) => l.startsWith('Step '))));
    expect(numbers(steps(de.stdout, 'Schritt'))).toEqual(numbers(en.filter((l) => l.startsWith('Step '))));
    expect(es.stdout).toMatch(/la conexión de \S+ se reinicia\. Los dos extremos se enteran en el acto/i);
    expect(de.stdout).toMatch(/Die Verbindung von \S+ wird zurückgesetzt/);
    expect(es.stdout).toMatch(/^Entregados: \d+$/m);
    expect(de.stdout).toMatch(/^Zugestellt: \d+$/m);
    // Protocol keywords are never translated.
    expect(es.stdout).toMatch(/QUIT/);
    expect(de.stdout).toMatch(/QUIT/);
    // A language the catalogue does not have is a usage error, not English in disguise.
    const fr = await main(['builtin:f5-quit-reply-lost', '--narrate', '--lang', 'fr']);
    expect(fr.code).toBe(2);
    expect(fr.stderr).toMatch(/--lang: expected one of "en", "es", "de", got "fr"/);
    // The next run without --lang speaks English again.
    expect((await main(['builtin:f5-quit-reply-lost', '--narrate'])).stdout.split('\n')).toEqual(en);
  });

  it('a POP2 narration names the abort model first', async () => {
    const { main } = await import('./scenario-cli.ts');
    const out = JSON.parse((await main(['builtin:pop2-drop-after-ackd-uw', '--json'])).stdout) as { narration: string[] };
    expect(out.narration[0]).toMatch(/^POP2 abort model: commit on release/);
    expect(out.narration.some((l) => /set to commit on release \(as UW ipop2d did\)/.test(l))).toBe(true);
  });
});
