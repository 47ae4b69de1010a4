/**
 * Issue 10 items 4, 5, 8 and 11: scenarios are refused before work when too
 * large or too deep, messages quote instead of echoing, reserved keys never
 * change a verdict silently, and faults that can never fire are flagged.
 * The import fuzzer lives here too (seeded, fixed budget).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import '../sim/engines-all.ts';
import { simulate } from '../sim/run.ts';
import { parseScenario, SCENARIO_VERSION, toWorldConfig, type Scenario } from './format.ts';
import { decodeScenario, encodeScenario } from './url-codec.ts';
import { estimateTraceEvents, GUARD_LIMITS, oneLine, TRACE_LIMITS } from './guard.ts';
import { builtinScenarios } from './library/index.ts';
import { ALL_ENGINES } from '../sim/engines-all.ts';

const TOO_LARGE = /^scenario too large: about \d+ events, at most 50000; reduce polls or messages$/;

/** The issue's case: within every per-field limit, yet a run of about 250,000 events. */
const issueCase = {
  version: 1,
  id: 'too-large',
  title: 'Too large',
  maildrop: Array.from({ length: 200 }, (_, i) => ({ subject: `Message ${i + 1}` })),
  devices: [{ name: 'Laptop', retention: 'keep', useUidl: false, polls: Array.from({ length: 100 }, (_, i) => i * 60_000) }],
};

function errorsOf(input: unknown): readonly string[] {
  const r = parseScenario(input);
  if (r.ok) throw new Error('expected the scenario to be refused');
  return r.errors;
}

function ok(input: unknown): Scenario {
  const r = parseScenario(input);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.scenario;
}

function expectShortLines(errors: readonly string[]): void {
  for (const e of errors) {
    expect(e.length).toBeLessThanOrEqual(GUARD_LIMITS.messageChars);
    expect(e).not.toMatch(/[\r\n\u2028\u2029]/);
  }
}

describe('size limits before work (issue 10 item 4)', () => {
  it('the validator refuses the issue case with the estimate, from JSON text and from a value', () => {
    expect(errorsOf(JSON.stringify(issueCase))).toEqual([expect.stringMatching(TOO_LARGE)]);
    expect(errorsOf(issueCase)).toEqual([expect.stringMatching(TOO_LARGE)]);
    // Half the polls and messages fit.
    ok({ ...issueCase, maildrop: issueCase.maildrop.slice(0, 50), devices: [{ ...issueCase.devices[0], polls: issueCase.devices[0]!.polls.slice(0, 20) }] });
  });

  it('a share link carrying it says the same', () => {
    const payload = encodeScenario(issueCase as unknown as Scenario);
    const r = decodeScenario(payload);
    expect(r).toEqual({ ok: false, errors: [expect.stringMatching(TOO_LARGE)] });
  });

  it('the CLI says the same and exits with status 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pop-lab-guard-'));
    const path = join(dir, 'large.json');
    writeFileSync(path, JSON.stringify(issueCase));
    const root = new URL('../../', import.meta.url).pathname;
    const r = spawnSync('npx', ['tsx', 'src/node/scenario-cli.ts', path], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr).toMatch(/scenario too large: about \d+ events, at most 50000; reduce polls or messages/);
    expect(r.status).toBe(2);
  });

  it('the Retention setting cannot push a scenario past the limit: a delete-mode scenario is measured in keep mode too', () => {
    const asDelete = { ...issueCase, devices: [{ ...issueCase.devices[0], retention: 'delete' }] };
    expect(errorsOf(asDelete)).toEqual([expect.stringMatching(TOO_LARGE)]);
  });

  it('every built-in scenario fits', () => {
    for (const s of builtinScenarios()) expect(estimateTraceEvents(s), s.id).toBeLessThanOrEqual(TRACE_LIMITS.estimatedEvents);
  });

  it('the estimate errs high: never below the real trace length (seeded property over all protocols, modes and faults)', () => {
    const fault = fc.oneof(
      fc.record({
        kind: fc.constantFrom('drop-connection', 'connection-silent', 'crash-client', 'device-power-loss', 'crash-server', 'idle-past-autologout', 'second-device-login'),
        placement: fc.oneof(
          fc.record({ atStep: fc.integer({ min: 0, max: 300 }) }),
          fc.record({ onCommand: fc.constantFrom('RETR', 'DELE', 'QUIT', 'LIST'), when: fc.constantFrom('sent', 'delivered', 'replied') }),
          fc.record({ probability: fc.record({ numerator: fc.constant(1), denominator: fc.integer({ min: 5, max: 100 }) }) }),
        ),
      }),
      fc.record({ kind: fc.constant('lose-segment'), direction: fc.constantFrom('c2s', 's2c'), placement: fc.record({ atStep: fc.integer({ min: 0, max: 300 }) }) }),
    );
    const arb = fc.record({
      protocol: fc.constantFrom('pop1', 'pop2', 'pop3'),
      personality: fc.constantFrom('rfc', 'expunge-on-dele', 'download-once', 'no-uidl', 'uids-reassigned', 'retention-days 1'),
      messages: fc.integer({ min: 0, max: 30 }),
      bodyOctets: fc.integer({ min: 0, max: 2000 }),
      lines: fc.integer({ min: 1, max: 40 }),
      octetsPerTick: fc.constantFrom(1, 8, 64, 1000),
      devices: fc.array(
        fc.record({ retention: fc.constantFrom('delete', 'keep'), useUidl: fc.boolean(), commitOrder: fc.constantFrom('safe', 'unsafe', 'pipelined'), polls: fc.integer({ min: 1, max: 8 }) }),
        { minLength: 1, maxLength: 3 },
      ),
      faults: fc.array(fault, { maxLength: 3 }),
      mode: fc.constantFrom(undefined, 'keep' as const, 'delete' as const),
    });
    fc.assert(
      fc.property(arb, (a) => {
        const body = Array.from({ length: a.lines }, () => 'x'.repeat(Math.floor(a.bodyOctets / a.lines))).join('\n');
        const r = parseScenario({
          version: SCENARIO_VERSION,
          id: 'estimate',
          title: 'Estimate',
          protocol: a.protocol,
          personality: a.personality,
          channel: { octetsPerTick: a.octetsPerTick },
          maildrop: Array.from({ length: a.messages }, (_, i) => ({ subject: `m${i}`, body })),
          devices: a.devices.map((d, i) => ({ name: `D${i}`, retention: d.retention, useUidl: d.useUidl, commitOrder: d.commitOrder, polls: Array.from({ length: d.polls }, (_, k) => k * 3_600_000) })),
          faults: a.faults,
        });
        if (!r.ok) {
          expect(r.errors).toEqual([expect.stringMatching(TOO_LARGE)]);
          return;
        }
        const config = toWorldConfig(r.scenario, a.mode ? { mode: a.mode } : {});
        const real = simulate({ ...config, maxEvents: 10_000_000 }, { engines: ALL_ENGINES, checkInvariants: false }).trace.length;
        expect(real).toBeLessThanOrEqual(estimateTraceEvents(r.scenario, a.mode));
      }),
      { seed: 20261205, numRuns: 60 },
    );
  });
});

describe('messages quote, they do not echo (issue 10 item 5)', () => {
  const minimal = { version: 1, id: 'x', title: 't' };

  it('a 900 kB version value and a 1 MB unknown key give one short line each', () => {
    const version = errorsOf(JSON.stringify({ ...minimal, version: 'v'.repeat(900_000) }));
    expect(version).toHaveLength(1);
    expect(version[0]).toMatch(/^version: expected \d+, got "v{79}…/);
    expectShortLines(version);
    const key = errorsOf(JSON.stringify({ ...minimal, ['k'.repeat(1_000_000 - 100)]: 1 }));
    expect(key).toEqual([`${"k".repeat(80)}…: unknown field`]);
    expectShortLines(key);
    const spaced = errorsOf({ ...minimal, title: 7, ['a b\n'.repeat(100_000)]: 1 });
    expectShortLines(spaced);
  });

  it('a 500,000-deep array is refused at the bracket past the limit (text), a 100,000-deep or cyclic value without recursion', () => {
    const text = `${'['.repeat(500_000)}${']'.repeat(500_000)}`;
    expect(errorsOf(text)).toEqual(['scenario: nested more than 32 levels deep (at character 32); a scenario needs at most 5']);
    let deep: unknown[] = [];
    const root = deep;
    for (let i = 0; i < 100_000; i++) {
      const next: unknown[] = [];
      deep.push(next);
      deep = next;
    }
    expect(errorsOf({ ...minimal, maildrop: root })[0]).toMatch(/^maildrop(\[0\])+…: nested more than 32 levels deep/);
    const cycle: Record<string, unknown> = { ...minimal };
    cycle.self = cycle;
    expect(errorsOf(cycle)[0]).toMatch(/nested more than 32 levels deep/);
  });

  it('a text over the limit in UTF-8 octets is refused even with fewer characters (the limit counts octets)', () => {
    const title = 'é'.repeat(600_000); // 600,000 characters, 1,200,000 octets
    expect(errorsOf(JSON.stringify({ ...minimal, title }))).toEqual([
      expect.stringMatching(/^scenario: the JSON text is 1200\d{3} octets \(UTF-8\); the limit is 1048576 octets$/),
    ]);
  });

  it('control characters in quoted input are escaped', () => {
    expect(oneLine('id: got "\x1b[2J\x9b2J\nX"')).toBe('id: got "\\x1b[2J\\x9b2J\\nX"');
  });

  it('import fuzzer: mutated scenario files never throw and every message is one short line (seeded)', () => {
    const base = JSON.stringify({ ...minimal, maildrop: [{ subject: 'Hi', body: 'x' }], devices: [{ name: 'Laptop', knownUids: { a: 1 } }], faults: [{ kind: 'drop-connection', placement: { atStep: 3 } }] });
    const mutation = fc.record({ at: fc.nat(base.length), cut: fc.nat(20), insert: fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('[[[[', '{"__proto__":1}', '"constructor"', '\u009b2J', 'null', '1e999', '"\\u0000"')) });
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        let text = base;
        for (const m of mutations) text = text.slice(0, m.at) + m.insert + text.slice(m.at + m.cut);
        const r = parseScenario(text);
        if (!r.ok) expectShortLines(r.errors);
      }),
      { seed: 10, numRuns: 300 },
    );
  });
});

describe('no prototype keys (issue 10 item 8)', () => {
  const world = (knownUids: Record<string, number>, uids: readonly string[]) => ({
    version: 1,
    id: 'uids',
    title: 'Known UIDs',
    maildrop: uids.map((uid, i) => ({ subject: `m${i}`, uid })),
    devices: [{ name: 'Laptop', retention: 'keep', knownUids }],
  });

  it.each(['__proto__', 'constructor', 'prototype'])('knownUids named %s is refused with a message, from text and from a value', (uid) => {
    const text = `{"version":1,"id":"uids","title":"t","maildrop":[{"subject":"a","uid":"${uid}"}],"devices":[{"name":"Laptop","retention":"keep","knownUids":{"${uid}":0}}]}`;
    const expected = `devices[0].knownUids: the UID "${uid}" is a reserved JavaScript name and cannot be a key here; give that message another UID`;
    expect(errorsOf(text)).toEqual([expected]);
    expect(errorsOf(JSON.parse(text))).toEqual([expected]);
  });

  it('RFC 1939 §7: other built-in names (toString, valueOf, hasOwnProperty) work as UIDs: the verdict is that of ordinary names', () => {
    const odd = ok(world({ toString: 0, valueOf: 0 }, ['toString', 'valueOf', 'hasOwnProperty']));
    const plain = ok(world({ a1: 0, a2: 0 }, ['a1', 'a2', 'a3']));
    expect(odd.devices[0]!.knownUids).toEqual({ toString: 0, valueOf: 0 });
    const verdicts = (s: Scenario) => simulate(toWorldConfig(s), { engines: ALL_ENGINES }).outcome().messages.map((m) => m.verdict);
    expect(verdicts(odd)).toEqual(verdicts(plain));
    // The remembered UIDs were really skipped (RFC 1939 §7): only the third message is on the device.
    expect(verdicts(plain)).toEqual(['gap', 'gap', 'delivered']);
  });
});

describe('faults that can never fire are flagged (issue 10 item 11)', () => {
  const scenario = (faults: unknown[]) => ({ version: 1, id: 'f', title: 'Faults', maildrop: [{ subject: 'A' }, { subject: 'B' }], devices: [{ name: 'Laptop' }], faults });

  it('a step past the end of the run and an onCommand no client sends are warned about, with the reason', () => {
    const r = parseScenario(
      scenario([
        { kind: 'drop-connection', placement: { atStep: 5 } },
        { kind: 'drop-connection', placement: { atStep: 100_000 } },
        { kind: 'crash-client', device: 'Laptop', placement: { onCommand: 'APOP', when: 'sent' } },
        { kind: 'crash-client', placement: { onCommand: 'dele', when: 'sent' } },
      ]),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings).toEqual([
      expect.stringMatching(/^faults\[1\]\.placement\.atStep: step 100000 is past the end of the run \(\d+ steps without faults\); this fault can never fire$/),
      expect.stringMatching(/^faults\[2\]\.placement\.onCommand: "Laptop" never send APOP in this scenario \(they send .*DELE.*RETR.*\); this fault can never fire$/),
    ]);
  });

  it('faults that do fire carry no warning', () => {
    const r = parseScenario(scenario([{ kind: 'drop-connection', placement: { onCommand: 'RETR', when: 'sent', occurrence: 2 } }]));
    expect(r).toMatchObject({ ok: true });
    expect(r.ok && r.warnings).toBeFalsy();
  });
});
