import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { decodeScenario, decodeScenarioInSteps, encodeScenario, fromBase64Url, inflateCapped, LINK_LIMITS, toBase64Url } from './url-codec.ts';
import { parseScenario, type Scenario } from './format.ts';

function scenario(input: unknown): Scenario {
  const r = parseScenario(input);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.scenario;
}
const base = scenario({ version: 2, id: 'link', title: 'Link test', maildrop: [{ subject: 'Hi', body: 'Grüße ✉' }] });

function firstError(payload: string): string {
  const r = decodeScenario(payload);
  if (r.ok) throw new Error('expected the link to be refused');
  return r.errors[0] ?? '';
}

describe('base64url (RFC 4648 §5)', () => {
  it('round-trips any bytes without padding or unsafe characters', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = toBase64Url(bytes);
        expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(fromBase64Url(text)).toEqual(bytes);
      }),
      { seed: 1, numRuns: 200 },
    );
  });
});

describe('share links', () => {
  it('round-trips a scenario, with or without the "#s=" prefix', () => {
    const payload = encodeScenario(base);
    expect(payload).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeScenario(payload)).toEqual({ ok: true, scenario: base });
    expect(decodeScenario(`#s=${payload}`)).toEqual({ ok: true, scenario: base });
  });

  it('a large link is read in steps: one per kilobyte of DEFLATE data, and the checks apart from the inflating (issue 12)', () => {
    const big = scenario({
      version: 2,
      id: 'big',
      title: 'Big',
      maildrop: Array.from({ length: 500 }, (_, i) => ({ subject: `Message ${i + 1}`, from: `sender${i + 1}@example.org`, body: `Hello ${i + 1}, ${'x'.repeat(i % 97)}.` })),
    });
    const payload = encodeScenario(big);
    const compressed = fromBase64Url(payload);
    if ('error' in compressed) throw new Error(compressed.error);
    const pushes = Math.ceil(compressed.length / LINK_LIMITS.chunkBytes);
    expect(pushes).toBeGreaterThan(3);
    const steps = decodeScenarioInSteps(payload);
    let yields = 0;
    let next = steps.next();
    while (!next.done) {
      yields++;
      next = steps.next();
    }
    expect(next.value).toEqual({ ok: true, scenario: big });
    // base64, each push, the UTF-8 text, then JSON.parse, the walk, the schema, the size estimate.
    expect(yields).toBe(1 + pushes + 1 + 4);
  });

  it('a large link with a fault placed by step is checked a simulator step at a time too (the run that finds faults which can never fire, issue 12)', () => {
    const drop = { kind: 'drop-connection', placement: { atStep: 50 } };
    const maildrop = Array.from({ length: 500 }, (_, i) => ({ subject: `Message ${i + 1}`, body: `Hello ${i + 1}.` }));
    const count = (faults: unknown[]) => {
      const steps = decodeScenarioInSteps(encodeScenario(scenario({ version: 2, id: 'big', title: 'Big', maildrop, faults })));
      let yields = 0;
      let next = steps.next();
      while (!next.done) {
        yields++;
        next = steps.next();
      }
      expect(next.value.ok).toBe(true);
      return yields;
    };
    // Without a fault to check, no run; with one, a yield per step of the World (a 500-message run has thousands).
    expect(count([drop]) - count([])).toBeGreaterThan(1000);
  });

  it('round-trips generated scenarios (property)', () => {
    const arb = fc.record({
      subjects: fc.array(fc.string({ maxLength: 40 }).filter((s) => !/[\r\n]/.test(s)), { maxLength: 6 }),
      body: fc.string({ maxLength: 200 }),
      protocol: fc.constantFrom('pop1', 'pop2', 'pop3'),
      retention: fc.constantFrom('delete', 'keep'),
      seed: fc.integer({ min: 0, max: 0xffffffff }),
    });
    fc.assert(
      fc.property(arb, ({ subjects, body, protocol, retention, seed }) => {
        const s = scenario({
          version: 2,
          id: 'prop',
          title: 'Property',
          protocol,
          maildrop: subjects.map((subject) => ({ subject, body })),
          devices: [{ name: 'Laptop', retention }],
          seed,
        });
        expect(decodeScenario(encodeScenario(s))).toEqual({ ok: true, scenario: s });
      }),
      { seed: 2, numRuns: 100 },
    );
  });

  it('never throws on arbitrary text (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.base64String({ maxLength: 300 }).map((s) => s.replace(/\+/g, '-').replace(/\//g, '_').replace(/=/g, ''))), (text) => {
        const r = decodeScenario(text);
        if (!r.ok) expect(r.errors.length).toBeGreaterThan(0);
      }),
      { seed: 3, numRuns: 300 },
    );
  });

  it('refuses characters outside base64url and impossible lengths', () => {
    expect(firstError('abc+def')).toMatch(/^link: character "\+" at position 3 is not base64url/);
    expect(firstError('abcde')).toMatch(/cut short/);
    expect(firstError('')).toBe('link: empty');
    expect(firstError('A'.repeat(LINK_LIMITS.encodedChars + 4))).toMatch(/longer than/);
  });

  it('refuses damaged or truncated DEFLATE data', () => {
    expect(firstError(toBase64Url(new Uint8Array([0xff, 0xff, 0xff, 0xff])))).toMatch(/^link: the link's compressed data is (damaged|incomplete)/);
    const payload = encodeScenario(base);
    expect(firstError(payload.slice(0, Math.floor(payload.length / 2)))).toMatch(/^link: the link's compressed data is (damaged|incomplete)/);
  });

  it('stops inflating a decompression bomb at the byte limit', () => {
    const bomb = deflateSync(new Uint8Array(LINK_LIMITS.inflatedBytes * 8), { level: 9 });
    expect(bomb.length).toBeLessThan(20_000);
    expect(firstError(toBase64Url(bomb))).toBe(`link: the link inflates to more than ${LINK_LIMITS.inflatedBytes} octets; refused`);
    const small = inflateCapped(deflateSync(new Uint8Array(100)), 100);
    expect(small).toEqual(new Uint8Array(100));
  });

  it('refuses data that is not UTF-8, not JSON, or not a valid scenario', () => {
    expect(firstError(toBase64Url(deflateSync(new Uint8Array([0xc3, 0x28]))))).toBe('link: the unpacked data is not UTF-8 text');
    expect(firstError(toBase64Url(deflateSync(new TextEncoder().encode('{nope'))))).toMatch(/^scenario: not valid JSON/);
    const bad = toBase64Url(deflateSync(new TextEncoder().encode(JSON.stringify({ ...base, protocol: 'pop4' }))));
    expect(firstError(bad)).toBe('protocol: expected "pop1" | "pop2" | "pop3", got "pop4"');
  });
});
