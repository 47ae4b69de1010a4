import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { inSlices } from './later.ts';
import { decodeScenario, decodeScenarioInSteps, encodeScenario } from '../scenarios/url-codec.ts';
import { parseScenario, type Scenario } from '../scenarios/format.ts';

function scenario(input: unknown): Scenario {
  const r = parseScenario(input);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.scenario;
}
const base = scenario({ version: 2, id: 'link', title: 'Link test', maildrop: [{ subject: 'Hi', body: 'Grüße ✉' }] });

describe('inSlices: stepwise work, a few milliseconds a task (issue 12)', () => {
  it('gives the browser its turn between slices, and returns the work\'s result', async () => {
    function* busy(): Generator<void, string, void> {
      for (let i = 0; i < 12; i++) {
        const until = performance.now() + 3;
        while (performance.now() < until);
        yield;
      }
      return 'done';
    }
    let turns = 0;
    const other = setInterval(() => turns++, 0);
    try {
      // The first slice runs in a later task, not in the caller's.
      let stepped = 0;
      const work = busy();
      const counted: Iterator<void, string> = { next: () => (stepped++, work.next()) };
      const done = inSlices(counted);
      expect(stepped).toBe(0);
      expect(await done).toBe('done');
    } finally {
      clearInterval(other);
    }
    // 36 ms of work in slices of at most 8 ms (plus one step): others ran in between.
    expect(turns).toBeGreaterThanOrEqual(2);
  });

  it('read a few milliseconds at a time (inSlices, as the app and the embed read it) a link gives what decodeScenario gives, damaged ones included (property)', async () => {
    const payload = encodeScenario(base);
    const links = fc.oneof(
      fc.constant(payload),
      fc.constant(`#s=${payload}`),
      fc.integer({ min: 0, max: payload.length - 1 }).map((n) => payload.slice(0, n)),
      fc.tuple(fc.integer({ min: 0, max: payload.length - 1 }), fc.constantFrom('A', '_', '-', '!', '')).map(([n, c]) => payload.slice(0, n) + c + payload.slice(n + 1)),
      fc.string({ maxLength: 40 }),
    );
    await fc.assert(
      fc.asyncProperty(links, async (link) => {
        expect(await inSlices(decodeScenarioInSteps(link))).toEqual(decodeScenario(link));
      }),
      { numRuns: 300 },
    );
  });

});
