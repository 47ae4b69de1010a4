import { describe, expect, it } from 'vitest';
import '../sim/engines-all.ts';
import { main } from './faultmap-cli.ts';
import { runJob, type MapReply } from '../ui/fault-map/job.ts';
import { ALL_ENGINES } from '../sim/engines-all.ts';
import { assemble, type MapPiece } from '../scenarios/fault-map/compute.ts';
import { buildConfig, type Settings } from '../ui/wiring.ts';
import { DEFAULT_SCENARIO } from '../scenarios/library/default.ts';
import { builtinScenario } from '../scenarios/library/index.ts';

/** What the app's worker posts for a scenario under the app's opening settings, put together. */
function workerMap(id: string, modes: readonly ('delete' | 'keep')[] = ['delete', 'keep']) {
  const scenario = builtinScenario(id)!;
  const settings: Settings = { retention: 'delete', protocol: scenario.protocol, personality: 'rfc', scenarioId: id, scenarioFaults: true, pollAgain: true };
  const configs = Object.fromEntries(modes.map((mode) => [mode, buildConfig(scenario, { ...settings, retention: mode, scenarioFaults: false })]));
  const replies: MapReply[] = [];
  runJob({ id: 1, configs }, ALL_ENGINES, (r) => replies.push(r));
  expect(replies.at(-1)).toEqual({ id: 1, type: 'done' });
  const pieces = replies.flatMap((r): readonly MapPiece[] => (r.type === 'pieces' ? r.pieces : []));
  return { replies, map: assemble(pieces) };
}

describe('npm run faultmap (src/node/faultmap-cli.ts)', () => {
  it("--json prints exactly what the worker computes for the app's settings", async () => {
    const r = await main([`builtin:${DEFAULT_SCENARIO.id}`, '--json']);
    expect(r.code).toBe(0);
    const { map, replies } = workerMap(DEFAULT_SCENARIO.id);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(map)));
    // Progressive: the first batch carries the rows and the first cell, more batches follow.
    const first = replies[0]!;
    expect(first.type === 'pieces' && first.pieces.map((p) => p.type)).toEqual(['rows', 'cell']);
  });

  it('--mode keep prints one mode; the text grid has a line per step and is deterministic', async () => {
    const keep = await main(['builtin:first-session', '--mode', 'keep', '--json']);
    expect(JSON.parse(keep.stdout)).toEqual(JSON.parse(JSON.stringify(workerMap('first-session', ['keep']).map)));
    const a = await main(['builtin:first-session']);
    const b = await main(['builtin:first-session']);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).toMatch(/^Delete on download \(34 steps/m);
    expect(a.stdout).toMatch(/^ {2}14 {2}C: RETR 2 /m);
    expect(a.stdout).toMatch(/^Leave on server/m);
  });

  it('bad arguments get a message and exit 2, never a stack trace', async () => {
    expect((await main([])).code).toBe(2);
    expect((await main(['builtin:nope'])).stderr).toMatch(/no built-in scenario "nope"/);
    const bad = await main(['builtin:first-session', '--mode', 'sideways']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--mode: expected "delete", "keep" or "both"/);
  });
});
