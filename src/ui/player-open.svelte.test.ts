/**
 * Opening a large scenario builds its run in slices (issue 12): the run on
 * screen stays until it is built, the controls wait meanwhile, and a build
 * that another one overtook (a scenario picked from the menu, Reset) never
 * takes the screen, nor hands its link's step to another scenario.
 */
import { describe, expect, it, vi } from 'vitest';
import { Player } from './player.svelte.ts';
import { createSource, loadSimulator } from './wiring.ts';
import { parseScenario } from '../scenarios/format.ts';
import { singleScenarioSource } from '../embed/source.ts';

const scenario = (id: string, messages: number) => {
  const parsed = parseScenario({ version: 2, id, title: id, protocol: 'pop3', maildrop: Array.from({ length: messages }, (_, i) => ({ subject: `M${i}`, body: 'x' })) });
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return parsed.scenario;
};
const messagesOf = (player: Player) => player.run.viewAt(-1).maildrop.length;
/** Waits until `check` passes (a build in slices takes a few tasks); a slow machine only waits longer. */
const until = (check: () => void) => vi.waitFor(check, { timeout: 20_000, interval: 20 });
/** For what must not happen: time for any build still running to have finished. */
const aWhile = () => new Promise((resolve) => setTimeout(resolve, 1500));

async function lab(): Promise<Player> {
  await loadSimulator();
  const player = new Player(createSource());
  await until(() => expect(player.preparing).toBe(false)); // the first run
  return player;
}

describe('opening a large scenario (more than 50 messages)', () => {
  it('the old run stays while the new one is built, Play waits for it, and the link\'s step is kept', async () => {
    const player = await lab();
    const before = messagesOf(player);
    player.openScenario(scenario('big-a', 60), 30);
    expect(player.preparing).toBe(true);
    expect(messagesOf(player)).toBe(before);
    player.play();
    expect(player.playing).toBe(false);
    await until(() => expect(messagesOf(player)).toBe(60));
    expect(player.preparing).toBe(false);
    // Play pressed while waiting starts once the run is there, from the link's step.
    expect(player.playing).toBe(true);
    player.pause();
    expect(player.cursor).toBeGreaterThanOrEqual(30);
  });

  it('a scenario picked meanwhile keeps the screen: it opens at its start, and the large run never replaces it', async () => {
    const player = await lab();
    player.loadScenario(scenario('small-b', 3));
    const small = player.settings.scenarioId;
    player.openScenario(scenario('big-b', 60), 40);
    player.setScenario(small);
    expect(player.cursor).toBe(0);
    await aWhile();
    expect(player.settings.scenarioId).toBe(small);
    expect(messagesOf(player)).toBe(3);
    expect(player.cursor).toBe(0);
  });

  it('Reset meanwhile builds it again, from its start: the link\'s step belongs to the overtaken build, and a fault is refused until the run is there', async () => {
    const player = await lab();
    player.openScenario(scenario('big-c', 60), 30);
    player.reset();
    expect(player.preparing).toBe(true);
    expect(player.forkAt('drop-connection', 5, undefined)).toBe(false);
    await until(() => expect(messagesOf(player)).toBe(60));
    expect(player.preparing).toBe(false);
    expect(player.cursor).toBe(0);
    player.select(5);
    player.inject('drop-connection');
    await until(() => expect(player.userFaults).toHaveLength(1)); // forked in slices (below)
    await aWhile();
    expect(player.userFaults).toHaveLength(1);
    expect(player.cursor).toBe(5);
  });
});

describe('changing a large scenario\'s settings (issue 12: each was a task of ~1 s at 4x CPU)', () => {
  it('a retention change builds in slices: the old run stays meanwhile, then the new one arrives; the learner\'s fault and place are carried over', async () => {
    const player = await lab();
    player.openScenario(scenario('big-d', 60));
    await until(() => expect(messagesOf(player)).toBe(60));
    const flip = () => player.setRetention(player.settings.retention === 'delete' ? 'keep' : 'delete');
    // Nothing to carry: the build starts at once, and the run on screen stays until it is there.
    const before = player.run;
    flip();
    expect(player.preparing).toBe(true);
    expect(player.run).toBe(before);
    await until(() => expect(player.preparing).toBe(false));
    expect(player.run).not.toBe(before);
    // With a fault and a place (carried by fault-carry.ts, loaded first): the same build, then both are there.
    player.select(40);
    player.inject('drop-connection');
    await until(() => expect(player.userFaults).toHaveLength(1)); // a large run is forked in slices (below)
    const faulted = player.run;
    flip();
    await until(() => expect(player.run).not.toBe(faulted));
    expect(player.preparing).toBe(false);
    expect(player.userFaults).toHaveLength(1);
    expect(player.cursor).toBe(40);
  });

  it('"Without its own faults" keeps the cursor once the rebuilt run is there; the fault map\'s fork builds at once', async () => {
    const player = await lab();
    player.openScenario(scenario('big-e', 60), 25);
    await until(() => expect(player.cursor).toBe(25));
    player.setScenarioFaults(false);
    expect(player.preparing).toBe(true);
    await until(() => expect(player.preparing).toBe(false));
    expect(player.cursor).toBe(25);
    expect(player.openFork('keep', 'drop-connection', 3)).toBe(true);
    expect(player.userFaults).toHaveLength(1);
  });
});

describe('a fault on a large scenario (issue 12: the fork simulated the run again in one task)', () => {
  it('is forked in slices: the run on screen stays, saying it is preparing, and a second fault meanwhile is refused; then the fault is there and the cursor kept', async () => {
    const player = await lab();
    player.openScenario(scenario('big-f', 60));
    await until(() => expect(messagesOf(player)).toBe(60));
    player.select(30);
    const before = player.run;
    player.inject('drop-connection');
    expect(player.preparing).toBe(true);
    expect(player.run).toBe(before);
    expect(player.userFaults).toHaveLength(0);
    player.inject('crash-client');
    await until(() => expect(player.preparing).toBe(false));
    expect(player.run).not.toBe(before);
    expect(player.userFaults.map((f) => f.kind)).toEqual(['drop-connection']);
    expect(player.run.trace.some((e) => e.kind === 'fault' && e.fault === 'drop-connection')).toBe(true);
    expect(player.cursor).toBe(30);
    // The same fork as in one task.
    expect(player.run.trace).toEqual(before.fork(player.userFaults[0]!.atStep, { kind: 'drop-connection', placement: { atStep: player.userFaults[0]!.atStep }, ...(player.userFaults[0]!.device ? { device: player.userFaults[0]!.device } : {}) }).trace);
  });

  it('a small scenario is still forked at once, and a settings change during a large fork has the screen', async () => {
    const player = await lab();
    player.inject('drop-connection');
    expect(player.preparing).toBe(false);
    expect(player.userFaults).toHaveLength(1);
    player.openScenario(scenario('big-g', 60));
    await until(() => expect(messagesOf(player)).toBe(60));
    player.inject('drop-connection');
    expect(player.preparing).toBe(true);
    const other = player.settings.retention === 'delete' ? 'keep' : 'delete';
    player.setRetention(other);
    await until(() => expect(player.preparing).toBe(false));
    await aWhile();
    // The rebuilt run has the screen: the other mode, and no fault from the overtaken fork.
    expect(player.settings.retention).toBe(other);
    expect(player.run.config.faults.some((f) => f.kind === 'drop-connection')).toBe(false);
    expect(player.run.trace.some((e) => e.kind === 'fault')).toBe(false);
    expect(player.userFaults).toHaveLength(0);
    expect(player.preparing).toBe(false);
  });

  it('Play pressed during the fork plays the forked run once it is there, and a step taken meanwhile is kept', async () => {
    const player = await lab();
    player.openScenario(scenario('big-h', 60));
    await until(() => expect(messagesOf(player)).toBe(60));
    player.select(20);
    player.inject('drop-connection');
    expect(player.preparing).toBe(true);
    player.select(22);
    player.play();
    expect(player.playing).toBe(false);
    await until(() => expect(player.userFaults).toHaveLength(1));
    expect(player.cursor).toBe(22);
    expect(player.playing).toBe(true);
    player.pause();
  });

  it('in the embed as in the app: its source says which scenario is large, and a fault on it is forked in slices', async () => {
    await loadSimulator();
    const big = scenario('big-embed', 60);
    const source = singleScenarioSource(big);
    const player = new Player(source);
    await until(() => expect(player.preparing).toBe(false));
    expect(source.large?.(player.settings)).toBe(true);
    expect(singleScenarioSource(scenario('small-embed', 3)).large?.(player.settings)).toBe(false);
    player.select(10);
    player.inject('drop-connection');
    expect(player.preparing).toBe(true);
    await until(() => expect(player.userFaults).toHaveLength(1));
    expect(player.cursor).toBe(10);
  });
});


describe('the first run and a share link (open-link.ts)', () => {
  it('firstShown settles when the first run is on screen, a task after its preparation settled', async () => {
    await loadSimulator();
    const base = createSource();
    let ready = false;
    let prepared: Promise<void> | undefined;
    const player = new Player({
      ...base,
      ready: () => ready,
      prepare: (settings) => (prepared = Promise.resolve(base.prepare?.(settings)).then(() => void (ready = true))),
    });
    let shown = false;
    void player.firstShown.then(() => (shown = true));
    expect(player.preparing).toBe(true);
    await prepared;
    await Promise.resolve();
    // A link's "preparing", set here, would be ended by the first run's arrival: open-link.ts waits for firstShown.
    expect(shown).toBe(false);
    expect(player.preparing).toBe(true);
    await until(() => expect(shown).toBe(true));
    expect(player.preparing).toBe(false);
  });

  it('while a share link is opening, the first run\'s arrival leaves the controls waiting for the link\'s run', async () => {
    await loadSimulator();
    const base = createSource();
    let ready = false;
    const player = new Player({ ...base, ready: () => ready, prepare: (settings) => Promise.resolve(base.prepare?.(settings)).then(() => void (ready = true)) });
    player.linkOpening = true;
    await player.firstShown;
    expect(player.run.viewAt(-1).maildrop.length).toBeGreaterThan(0);
    expect(player.preparing).toBe(true);
    // The link's run (open-link.ts clears the flag before opening it) ends the wait.
    player.linkOpening = false;
    player.openScenario(scenario('linked', 3), 0);
    await until(() => expect(player.preparing).toBe(false));
    expect(player.settings.scenarioId).toBe('linked');
  });
});
