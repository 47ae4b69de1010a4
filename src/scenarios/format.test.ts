import { describe, expect, it } from 'vitest';
import { LIMITS, parseScenario, renderMessage, textForMode, toWorldConfig, type Scenario } from './format.ts';

const minimal = { version: 2, id: 'mini', title: 'Minimal', maildrop: [{ subject: 'Hi' }] };

function ok(input: unknown): Scenario {
  const r = parseScenario(input);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.scenario;
}
function errors(input: unknown): readonly string[] {
  const r = parseScenario(input);
  if (r.ok) throw new Error('expected the scenario to be rejected');
  return r.errors;
}

describe('parseScenario', () => {
  it('fills every default into a minimal scenario', () => {
    const s = ok(JSON.stringify(minimal));
    expect(s.protocol).toBe('pop3');
    expect(s.personality).toBe('rfc');
    expect(s.server).toEqual({ hostname: 'pop.example.org', user: 'alice', password: 'tanstaaf' });
    expect(s.devices).toEqual([{ name: 'Laptop', retention: 'delete', useUidl: true, commitOrder: 'safe', writeDelayTicks: 5, polls: [0] }]);
    expect(s.channel).toEqual({ latencyTicks: 10, octetsPerTick: 64 });
    expect(s.faults).toEqual([]);
    expect(s.seed).toBe(1);
  });

  it('accepts the same value as text or as an object, and the result survives a JSON round trip', () => {
    const a = ok(JSON.stringify(minimal));
    const b = ok(minimal);
    expect(b).toEqual(a);
    expect(ok(JSON.parse(JSON.stringify(a)))).toEqual(a);
  });

  it('names the path and the accepted values for a bad enum', () => {
    const errs = errors({ ...minimal, devices: [{ name: 'Laptop', commitOrder: 'fast' }] });
    expect(errs).toContain('devices[0].commitOrder: expected "safe" | "unsafe" | "pipelined", got "fast"');
  });

  it('reports unknown fields (typos) and missing required fields', () => {
    const errs = errors({ version: 2, devices: [{ name: 'A', comitOrder: 'safe' }] });
    expect(errs).toContain('id: required');
    expect(errs).toContain('title: required');
    expect(errs).toContain('devices[0].comitOrder: unknown field');
  });

  it('explains a fault placement that matches no accepted shape', () => {
    const errs = errors({ ...minimal, faults: [{ kind: 'drop-connection', placement: { at: 3 } }] });
    expect(errs[0]).toMatch(/^faults\[0\]\.placement: expected one of \{atStep\}/);
  });

  it('accepts "retention-days N" and rejects other personalities', () => {
    expect(ok({ ...minimal, personality: 'retention-days 30' }).personality).toBe('retention-days 30');
    expect(errors({ ...minimal, personality: 'forgetful' })[0]).toMatch(/^personality: expected "rfc" \| "expunge-on-dele"/);
  });

  it('rejects a wrong version, non-objects and broken JSON with one clear message', () => {
    expect(errors({ ...minimal, version: 3 })[0]).toMatch(/^version: expected 2, got 3; this POP Lab reads version 1 and 2 scenarios/);
    expect(errors('[]')).toEqual(['scenario: expected a JSON object, got an array']);
    expect(errors('null')).toEqual(['scenario: expected a JSON object, got null']);
    expect(errors('{"version":')[0]).toMatch(/^scenario: not valid JSON/);
    expect(errors(42)).toEqual(['scenario: expected a JSON object, got number']);
  });

  it('checks fields against each other: unique device names, fault devices, lose-segment direction, expect total', () => {
    const errs = errors({
      ...minimal,
      devices: [{ name: 'A' }, { name: 'A' }],
      faults: [
        { kind: 'crash-client', device: 'B', placement: { atTick: 1 } },
        { kind: 'lose-segment', placement: { onCommand: 'QUIT', when: 'sent' } },
      ],
      expect: { delivered: 2, duplicated: 0, lost: 0, gap: 0 },
    });
    expect(ok({ ...minimal, expect: { delivered: 0, duplicated: 0, lost: 0, gap: 0 } }).expect?.delivered).toBe(0);
    expect(errs).toContain('devices[1].name: "A" is used by another device; names must be unique');
    expect(errs).toContain('faults[0].device: no device named "B" (devices: "A")');
    expect(errs).toContain('faults[1].direction: required for lose-segment ("c2s" or "s2c")');
    expect(errs).toContain('expect: the verdict counts add up to 2, but the maildrop has only 1 messages');
  });

  it('RFC 1939 §7: rejects UIDs with spaces or over 70 characters, and duplicate UIDs', () => {
    expect(errors({ ...minimal, maildrop: [{ subject: 'a', uid: 'has space' }] })[0]).toMatch(/^maildrop\[0\]\.uid: a UID is 1 to 70/);
    expect(errors({ ...minimal, maildrop: [{ subject: 'a', uid: 'x'.repeat(71) }] })[0]).toMatch(/^maildrop\[0\]\.uid/);
    expect(errors({ ...minimal, maildrop: [{ subject: 'a', uid: 'u1' }, { subject: 'b', uid: 'u1' }] })[0]).toMatch(/used twice/);
  });

  it('refuses a header value with a line break (no header injection)', () => {
    expect(errors({ ...minimal, maildrop: [{ subject: 'a\r\nBcc: eve@example.org' }] })[0]).toBe('maildrop[0].subject: must be one line (no CR or LF)');
  });

  it('enforces the size limits with messages, never a throw', () => {
    const many = Array.from({ length: LIMITS.messages + 1 }, (_, i) => ({ subject: `m${i}` }));
    expect(errors({ ...minimal, maildrop: many })).toContain(`maildrop: at most ${LIMITS.messages} messages allowed`);
    expect(errors({ ...minimal, maildrop: [{ subject: 's', body: 'x'.repeat(LIMITS.bodyChars + 1) }] })).toContain(
      `maildrop[0].body: must be at most ${LIMITS.bodyChars} characters`,
    );
    const devices = Array.from({ length: LIMITS.devices + 1 }, (_, i) => ({ name: `d${i}` }));
    expect(errors({ ...minimal, devices })).toContain(`devices: at most ${LIMITS.devices} devices allowed`);
    const polls = Array.from({ length: LIMITS.pollsPerDevice + 1 }, (_, i) => i);
    expect(errors({ ...minimal, devices: [{ name: 'A', polls }] })).toContain(`devices[0].polls: at most ${LIMITS.pollsPerDevice} polls allowed`);
    const faults = Array.from({ length: LIMITS.faults + 1 }, () => ({ kind: 'crash-client', placement: { atTick: 1 } }));
    expect(errors({ ...minimal, faults })).toContain(`faults: at most ${LIMITS.faults} faults allowed`);
    expect(errors(' '.repeat(LIMITS.jsonChars + 1))[0]).toMatch(/the limit is/);
  });

  it('caps the number of reported errors', () => {
    const maildrop = Array.from({ length: 50 }, () => ({ subject: 1 }));
    const errs = errors({ ...minimal, maildrop });
    expect(errs).toHaveLength(LIMITS.errors + 1);
    expect(errs[LIMITS.errors]).toBe('... and 30 more errors');
  });

  it('survives hostile values: deep nesting, __proto__ keys, throwing getters', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(parseScenario(deep).ok).toBe(false);
    expect(errors(`{"version":2,"id":"x","title":"t","__proto__":{"polluted":true}}`)).toContain('__proto__: unknown field');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    const trap = { version: 2, id: 'x', get title(): string { throw new Error('boom'); } };
    expect(errors(trap)[0]).toMatch(/boom/);
  });
});

describe('renderMessage and toWorldConfig', () => {
  it('renders RFC 5322 text with CRLF line ends and a unique Message-ID per message', () => {
    const s = ok({ ...minimal, maildrop: [{ subject: 'A', body: 'line 1\nline 2' }, { subject: 'A' }] });
    const a = renderMessage(s, s.maildrop[0]!, 0);
    const b = renderMessage(s, s.maildrop[1]!, 1);
    expect(a).toContain('Subject: A\r\n');
    expect(a).toContain('\r\n\r\nline 1\r\nline 2\r\n');
    expect(a).not.toMatch(/[^\r]\n/);
    const id = (t: string) => /Message-ID: (<[^>]+>)/.exec(t)?.[1];
    expect(id(a)).toBe('<1.mini@pop.example.org>');
    expect(id(a)).not.toBe(id(b));
  });

  it('passes a raw "text" message through (normalising line ends only)', () => {
    const s = ok({ ...minimal, maildrop: [{ text: 'Subject: raw\n\n.leading dot\n', uid: 'raw-1' }] });
    const w = toWorldConfig(s);
    expect(w.messages[0]).toEqual({ text: 'Subject: raw\r\n\r\n.leading dot\r\n', uid: 'raw-1' });
  });

  it('maps devices, personality and faults, and lets the mode override retention', () => {
    const s = ok({
      ...minimal,
      personality: 'retention-days 30',
      server: { autologoutTicks: 60_000 },
      devices: [{ name: 'Phone', retention: 'keep', keepDays: 3, commitOrder: 'unsafe', polls: [0, 100], staleDeleteNumbers: [2] }],
      faults: [{ kind: 'lose-segment', direction: 's2c', device: 'Phone', placement: { onCommand: 'QUIT', when: 'sent' } }],
      seed: 7,
    });
    const w = toWorldConfig(s);
    expect(w.personality).toEqual({ kind: 'retention-days', days: 30 });
    expect(w.autologoutTicks).toBe(60_000);
    expect(w.secret).toBe('tanstaaf');
    expect(w.seed).toBe(7);
    expect(w.devices[0]).toEqual({
      name: 'Phone',
      policy: { retention: 'keep', keepDays: 3, useUidl: true, commitOrder: 'unsafe', staleDeleteNumbers: [2] },
      writeDelayTicks: 5,
      pollAtTicks: [0, 100],
    });
    expect(w.faults).toEqual([{ kind: 'lose-segment', direction: 's2c', device: 'Phone', placement: { onCommand: 'QUIT', when: 'sent' } }]);
    expect(toWorldConfig(s, { mode: 'delete' }).devices[0]?.policy.retention).toBe('delete');
  });
});

describe('docs/scenarios.md', () => {
  it('every JSON example in the scenario docs is a valid scenario', async () => {
    const { readFileSync } = await import('node:fs');
    const doc = readFileSync(new URL('../../docs/scenarios.md', import.meta.url), 'utf8');
    const blocks = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
    const scenarios = blocks.filter((b) => b.includes('"version"'));
    expect(scenarios.length).toBeGreaterThanOrEqual(2);
    for (const block of scenarios) {
      const r = parseScenario(block);
      expect(r.ok ? [] : r.errors).toEqual([]);
    }
  });
});

describe('format version 2 fields (issue 9)', () => {
  const full = {
    version: 2,
    id: 'v2-fields',
    title: 'Every new field',
    byMode: { delete: { title: 'Delete mode title', summary: 'What delete mode shows.' }, keep: { summary: 'What keep mode shows.' } },
    protocol: 'pop2',
    pop2Abort: 'commit-on-release',
    maildrop: [{ subject: 'Early' }, { subject: 'Late', arrivesAtTick: 5_000 }],
    devices: [
      { name: 'Laptop', clientTimeoutTicks: 30_000, keepPartial: true, polls: [0, 700_000] },
      { name: 'Desk', retention: 'keep', deleteWhenDeletedLocally: true, deletesLocally: [{ message: 1, atTick: 100_000 }], polls: [0, 800_000] },
    ],
    faults: [
      { kind: 'crash-server', downtimeTicks: 90_000, placement: { atTick: 1 } },
      { kind: 'connection-silent', placement: { atOctet: 20, direction: 's2c', during: 'RETR', occurrence: 2 } },
      { kind: 'device-power-loss', placement: { atTick: 3 } },
    ],
  };

  it('validate, map into the world config and round-trip through JSON and a share link', async () => {
    const s = ok(full);
    expect(s.byMode?.delete?.title).toBe('Delete mode title');
    const w = toWorldConfig(s);
    expect(w.pop2Abort).toBe('commit-on-release');
    expect(w.messages[1]?.arrivesAtTick).toBe(5_000);
    expect(w.devices[0]).toMatchObject({ clientTimeoutTicks: 30_000, keepPartial: true });
    expect(w.devices[1]).toMatchObject({ localDeletions: [{ message: 1, atTick: 100_000 }], policy: { deleteWhenDeletedLocally: true } });
    expect(w.faults[0]).toMatchObject({ kind: 'crash-server', downtimeTicks: 90_000 });
    expect(w.faults[1]?.placement).toEqual({ atOctet: 20, direction: 's2c', during: 'RETR', occurrence: 2 });
    expect(parseScenario(JSON.stringify(s))).toEqual({ ok: true, scenario: s });
    const { encodeScenario, decodeScenario } = await import('./url-codec.ts');
    expect(decodeScenario(encodeScenario(s))).toEqual({ ok: true, scenario: s });
  });

  it('the JSON Schema names every new field', async () => {
    const { scenarioJsonSchemaText } = await import('./json-schema.ts');
    const text = scenarioJsonSchemaText();
    for (const field of ['arrivesAtTick', 'deletesLocally', 'clientTimeoutTicks', 'keepPartial', 'downtimeTicks', 'pop2Abort', 'byMode', 'connection-silent', 'device-power-loss', 'commit-on-release']) {
      expect(text, field).toContain(`"${field}"`);
    }
  });

  it('textForMode gives the text of the mode in force, else the scenario\'s own', () => {
    const s = ok(full);
    expect(textForMode(s, 'delete')).toEqual({ title: 'Delete mode title', summary: 'What delete mode shows.' });
    expect(textForMode(s, 'keep')).toEqual({ title: 'Every new field', summary: 'What keep mode shows.' });
  });

  it('refuses a local deletion of a message the maildrop does not have, and deletions out of order', () => {
    const errs = errors({ ...minimal, devices: [{ name: 'Laptop', retention: 'keep', deletesLocally: [{ message: 9, atTick: 5 }, { message: 1, atTick: 1 }] }] });
    expect(errs.some((e) => /devices\[0\]\.deletesLocally\[0\]\.message: there is no message 9/.test(e))).toBe(true);
    expect(errs).toContain('devices[0].deletesLocally[1].atTick: deletions must be in increasing order of ticks');
  });

  it('refuses fields that mean nothing where they are', () => {
    const errs = errors({
      ...minimal,
      pop2Abort: 'commit-nothing',
      faults: [{ kind: 'drop-connection', downtimeTicks: 5, placement: { atTick: 1 } }],
    });
    expect(errs).toContain('pop2Abort: only meaningful with protocol "pop2"');
    expect(errs).toContain('faults[0].downtimeTicks: only meaningful for crash-server');
    expect(errors({ ...minimal, pop2Abort: 'commit-later' })[0]).toMatch(/^pop2Abort: expected "commit-nothing" \| "commit-on-release"/);
    expect(errors({ ...minimal, byMode: { both: {} } })[0]).toBe('byMode.both: unknown field');
  });
});
