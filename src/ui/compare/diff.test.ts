import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { builtinScenarios } from '../../scenarios/library/index.ts';
import { simulate } from '../../sim/index.ts';
import { alignByTick, sideConfigs, verdictDiff } from './diff.ts';
import { cs } from './strings.ts';
import { ALL_ENGINES } from '../../sim/engines-all.ts';

const scenario = (id: string) => {
  const s = builtinScenarios().find((x) => x.id === id);
  if (!s) throw new Error(`no built-in scenario ${id}`);
  return s;
};
const ticksOf = (trace: readonly { tick: number }[]) => trace.map((e) => e.tick);

describe('compare: the two worlds', () => {
  it('the retention pair differs only in each device policy retention; seed and faults are shared', () => {
    const [left, right] = sideConfigs({ scenario: scenario('f3-drop-before-quit'), seed: 99 }, 'retention');
    expect(left.devices.map((d) => d.policy.retention)).toEqual(['delete']);
    expect(right.devices.map((d) => d.policy.retention)).toEqual(['keep']);
    expect(left.seed).toBe(99);
    expect(right.seed).toBe(99);
    expect(right.faults).toEqual(left.faults);
    expect({ ...right, devices: [] }).toEqual({ ...left, devices: [] });
  });

  it('the personality pair keeps the retention given and varies only the server', () => {
    const [left, right] = sideConfigs({ scenario: scenario('f3-crash-before-quit-rfc'), mode: 'delete', faults: [] }, 'personality');
    expect(left.personality.kind).toBe('rfc');
    expect(right.personality.kind).toBe('expunge-on-dele');
    expect(left.faults).toEqual([]);
    expect(left.devices).toEqual(right.devices);
  });
});

describe('compare: lock-step by tick', () => {
  it('every timeline point shows each side at its last step at or before the tick', () => {
    const [l, r] = sideConfigs({ scenario: scenario('f3-drop-before-quit') }, 'retention').map((c) => simulate(c, { engines: ALL_ENGINES }));
    const lt = ticksOf(l!.trace);
    const rt = ticksOf(r!.trace);
    const a = alignByTick(lt, rt);
    const distinct = new Set([...lt, ...rt]);
    expect(a.ticks.length).toBe(distinct.size);
    for (let p = 0; p < a.ticks.length; p++) {
      const tick = a.ticks[p]!;
      for (const [steps, own] of [[a.left, lt], [a.right, rt]] as const) {
        const s = steps[p]!;
        if (own[0]! <= tick) {
          expect(own[s]!).toBeLessThanOrEqual(tick);
          if (s + 1 < own.length) expect(own[s + 1]!).toBeGreaterThan(tick);
        } else expect(s).toBe(0);
        if (p > 0) expect(s).toBeGreaterThanOrEqual(steps[p - 1]!);
      }
    }
    // The last point shows both runs at their ends.
    expect(a.left[a.ticks.length - 1]).toBe(lt.length - 1);
    expect(a.right[a.ticks.length - 1]).toBe(rt.length - 1);
  });

  it('holds for any two ascending tick lists (property)', () => {
    const ascending = fc.array(fc.nat({ max: 50 }), { minLength: 1, maxLength: 40 }).map((xs) => xs.sort((x, y) => x - y));
    fc.assert(
      fc.property(ascending, ascending, (lt, rt) => {
        const a = alignByTick(lt, rt);
        for (let p = 1; p < a.ticks.length; p++) expect(a.ticks[p]!).toBeGreaterThan(a.ticks[p - 1]!);
        expect(a.left[a.ticks.length - 1]).toBe(lt.length - 1);
        expect(a.right[a.ticks.length - 1]).toBe(rt.length - 1);
      }),
      { numRuns: 200 },
    );
  });
});

describe('compare: verdicts', () => {
  it('RFC 1939 §6: a drop before QUIT duplicates in delete mode but not when mail is left on the server', () => {
    const [l, r] = sideConfigs({ scenario: scenario('f3-drop-before-quit') }, 'retention').map((c) => simulate(c, { engines: ALL_ENGINES }).outcome());
    const rows = verdictDiff(l!.messages, r!.messages);
    expect(rows.length).toBe(l!.messages.length);
    for (const row of rows) {
      expect(row.left).toBe(l!.messages.find((m) => m.uid === row.uid)!.verdict);
      expect(row.right).toBe(r!.messages.find((m) => m.uid === row.uid)!.verdict);
      expect(row.differs).toBe(row.left !== row.right);
    }
    expect(rows.some((row) => row.left === 'duplicated' && row.right === 'delivered')).toBe(true);
    const row = rows.find((x) => x.differs)!;
    expect(cs.row(row.number, '', cs.verdict[row.left]!, cs.sides['delete']!, cs.verdict[row.right]!, cs.sides['keep']!)).toBe(
      `Message ${row.number}: duplicated (Delete on download) vs delivered (Leave on server)`,
    );
  });

  it('RFC 1939 §6: a crash before QUIT loses mail only on a server that expunges on DELE', () => {
    const [l, r] = sideConfigs({ scenario: scenario('f3-crash-before-quit-rfc'), mode: 'delete' }, 'personality').map((c) => simulate(c, { engines: ALL_ENGINES }).outcome());
    const rows = verdictDiff(l!.messages, r!.messages);
    expect(rows.every((x) => x.left !== 'lost')).toBe(true);
    expect(rows.filter((x) => x.right === 'lost').length).toBe(r!.lost);
    expect(r!.lost).toBeGreaterThan(0);
  });

  it('a message only one side knows shows as pending on the other', () => {
    const m = (uid: string, verdict: 'delivered' | 'lost') => ({ uid, label: uid, verdict, copiesByDevice: {}, onServer: false });
    expect(verdictDiff([m('a', 'delivered')], [m('a', 'lost'), m('b', 'delivered')])).toEqual([
      { number: 1, uid: 'a', label: 'a', left: 'delivered', right: 'lost', differs: true },
      { number: 2, uid: 'b', label: 'b', left: 'pending', right: 'delivered', differs: true },
    ]);
  });
});
