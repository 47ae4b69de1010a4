/**
 * The one place where the UI meets the simulator and the scenario library:
 * it turns the learner's settings into a simulation run.
 *
 * The header's knobs override the chosen scenario the same way the CLI's
 * `--mode` does (toWorldConfig's overrides), plus protocol and personality.
 */
import { DEFAULT_SCENARIO_TEXT, type BuiltinText } from '../i18n/library-default-text.ts';
import { parsePersonality, personalityName, type PersonalityKind, type Protocol, type Retention } from '../protocol/engine.ts';
import type { WorldConfig } from '../sim/types.ts';
import type { Engines } from '../sim/engines.ts';
import type { ModeText, Scenario } from '../scenarios/scenario.ts';
import { DEFAULT_SCENARIO, DEFAULT_SCENARIO_ID, loadLibrary } from '../scenarios/library/default.ts';
import { buildConfig } from '../scenarios/world-config.ts';
import { readyInSteps, type RunLike } from './run.ts';
import { firstFrameRun } from './first-frame.ts';
import { inSlices, nextTask } from './later.ts';

export { buildConfig, personalityFor } from '../scenarios/world-config.ts';

export interface Settings {
  readonly retention: Retention;
  readonly protocol: Protocol;
  readonly personality: PersonalityKind;
  readonly scenarioId: string;
  /** Keep the faults the scenario itself injects (the learner may remove them and add their own). */
  readonly scenarioFaults: boolean;
  /** Each device checks mail once more after its sessions, so the next poll shows what a fault left behind. */
  readonly pollAgain: boolean;
}

export interface ScenarioEntry {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  /** How many faults the scenario injects by itself. */
  readonly faults: number;
  /** Title and summary for one retention mode, where the scenario words them differently (textForMode reads it). */
  readonly byMode?: Scenario['byMode'];
}

export interface ScenarioSource {
  readonly scenarios: readonly ScenarioEntry[];
  readonly defaultId: string;
  /** Settings a scenario starts with (its own retention, protocol, personality). */
  defaults(id: string): Partial<Settings>;
  runFor(settings: Settings): RunLike;
  /**
   * Adds a scenario (from a share link, or a lesson's changed built-in) and
   * returns its entry; `madeFrom` names the built-in it was made from, whose
   * title and summary it then shows in the page's language.
   */
  add(scenario: Scenario, madeFrom?: string): ScenarioEntry;
  /** Loads the rest of the scenarios (the built-in library) and returns every entry; absent when `scenarios` is already complete. */
  loadBuiltins?(): Promise<readonly ScenarioEntry[]>;
  /** Whether the scenario with this id can be used right now (defaults, runFor); absent means every listed one can. */
  known?(id: string): boolean;
  /** Whether runFor(settings) can run right now; absent means always. */
  ready?(settings: Settings): boolean;
  /** Loads what runFor(settings) needs (lazy engines and the like), so that ready(settings) holds. */
  prepare?(settings: Settings): Promise<void>;
  /** Whether a scenario being opened with these settings is large enough to simulate in slices first (prepare) rather than at once. */
  sliced?(settings: Settings): boolean;
  /** Whether the scenario of these settings is large: its runs are forked in slices too (Player.inject). */
  large?(settings: Settings): boolean;
  /**
   * A run to show while ready(settings) does not hold yet: the first frame
   * (step 0) from the scenario data alone, with nothing to play. Absent when
   * the source is always ready.
   */
  firstFrame?(settings: Settings): RunLike;
}

/** Scenarios opened from share links, by id. They are data, checked by parseScenario before they get here. */
const linked = new Map<string, Scenario>();

function scenarioById(id: string): Scenario {
  const scenario = linked.get(id) ?? BUILTIN_SCENARIOS.find((s) => s.id === id);
  if (!scenario) throw new Error(`unknown scenario "${id}"`);
  return scenario;
}

export function configFor(settings: Settings): WorldConfig {
  return buildConfig(scenarioById(settings.scenarioId), settings);
}

const entryOf = (s: Scenario): ScenarioEntry => {
  return { id: s.id, title: s.title, summary: s.summary, faults: s.faults.length, ...(s.byMode ? { byMode: s.byMode } : {}) };
};

/**
 * A built-in scenario's menu entry in the page's language: its title and
 * summary (and per-mode ones) are read from the message catalogue each time
 * they are shown, so the menu and the heading follow a change of language.
 * Scenarios from links and files keep their own words.
 */
function builtinEntryOf(s: Scenario, text: BuiltinText | undefined): ScenarioEntry {
  if (!text) return entryOf(s);
  const mode = (t: BuiltinText['keep']): ModeText | undefined =>
    t && { ...(t.title ? { get title() { return t.title!(); } } : {}), ...(t.summary ? { get summary() { return t.summary!(); } } : {}) };
  const keep = mode(text.keep);
  const del = mode(text.delete);
  return {
    id: s.id,
    get title() { return text.title(); },
    get summary() { return text.summary(); },
    faults: s.faults.length,
    ...(keep || del ? { byMode: { ...(del ? { delete: del } : {}), ...(keep ? { keep } : {}) } } : {}),
  };
}

/** The built-in scenarios known so far: the default one, until loadBuiltins() brings the whole library. */
let BUILTIN_SCENARIOS: readonly Scenario[] = [DEFAULT_SCENARIO];
/** Their words in the catalogue, as far as loaded (loadBuiltins brings the library's). */
let builtinText: Readonly<Record<string, BuiltinText>> = DEFAULT_SCENARIO_TEXT;

/** Loads the whole built-in library (menu open, or idle after first paint); resolves to the menu entries. */
export async function loadBuiltins(): Promise<readonly ScenarioEntry[]> {
  // Validated a scenario per task (nextTask): the whole library at once was a long task on a slow phone (issue 12).
  const [library, { BUILTIN_TEXT }] = await Promise.all([loadLibrary(nextTask), import('../i18n/library-text.ts')]);
  // The menu's update (47 entries) in a task of its own, not the last scenario's.
  await nextTask();
  BUILTIN_SCENARIOS = library;
  builtinText = BUILTIN_TEXT;
  return BUILTIN_SCENARIOS.map((s) => builtinEntryOf(s, BUILTIN_TEXT[s.id]));
}

/** Whether the scenario is at hand: opened from a link, or a built-in one already loaded (see loadBuiltins). */
export function known(id: string): boolean {
  return linked.has(id) || BUILTIN_SCENARIOS.some((s) => s.id === id);
}

/**
 * Whether the run needs the MD5 digests (lazy, src/protocol/digests.ts): some
 * device authenticates with APOP or CRAM-MD5. The server computes a digest
 * only when such a command arrives, and in the app's run only such devices send one.
 */
function needsDigests(settings: Settings): boolean {
  return scenarioById(settings.scenarioId).devices.some((d) => d.auth === 'apop' || d.auth === 'cram-md5');
}

type Simulator = typeof import('./simulator.ts');
/** The simulator (world, engines, ledger, invariants, channel): a lazy chunk, loaded right after the first paint. */
let simulator: Simulator | null = null;
let simulatorLoading: Promise<Simulator> | null = null;
/** The engines the app has loaded so far, passed to every run (src/sim/engines.ts): POP3 with the simulator, the rest on demand. */
let engines: Engines = {};

/** Loads the simulator chunk once (again after a failure, e.g. offline before the service worker has it). */
export function loadSimulator(): Promise<Simulator> {
  simulatorLoading ??= import('./simulator.ts').then(
    (m) => {
      engines = { pop3: m.POP3_ENGINES, ...engines };
      return (simulator = m);
    },
    (err: unknown) => {
      simulatorLoading = null;
      throw err;
    },
  );
  return simulatorLoading;
}

function loadedSimulator(): Simulator {
  if (!simulator) throw new Error('the simulator is not loaded yet: await prepare(settings) first');
  return simulator;
}

/** Whether runFor(settings) can run synchronously right now: the simulator is loaded, the scenario is known and the protocol's engines (and, for APOP/CRAM-MD5 devices, the digests) are loaded. */
export function ready(settings: Settings): boolean {
  const sim = simulator;
  return sim !== null && known(settings.scenarioId) && engines[settings.protocol] !== undefined && (engines.digests !== undefined || !needsDigests(settings));
}

/**
 * A run built ahead by prepare(), in slices, for exactly these settings (the
 * same object the Player then passes to runFor): the World's error if the
 * scenario was refused.
 */
let prebuilt: { readonly settings: Settings; readonly result: { readonly run: RunLike } | { readonly error: unknown } } | null = null;

/** Simulates the run for `settings` a few milliseconds at a time, yielding between slices, and keeps it for runFor. */
async function buildInSlices(sim: Simulator, settings: Settings): Promise<void> {
  let result: { readonly run: RunLike } | { readonly error: unknown };
  try {
    const run = await inSlices(sim.simulateInSteps(configFor(settings), { engines }));
    // What its first screen reads, in slices too (run.ts keeps it per run).
    await inSlices(readyInSteps(run));
    result = { run };
  } catch (error) {
    result = { error };
  }
  prebuilt = { settings, result };
}

/**
 * Loads what runFor(settings) needs: the simulator, the library if the
 * scenario is a built-in one not loaded yet, the protocol's engines (POP1/POP2
 * are lazy), and the MD5 digests if a device uses APOP or CRAM-MD5; then
 * builds the run in slices that yield, so no long task blocks the page.
 */
export async function prepare(settings: Settings): Promise<void> {
  let sim = simulator;
  if (!sim) {
    sim = await loadSimulator();
    // Evaluating the simulator's chunk was this task's work: the build starts
    // in the next one (issue 12: both in one task made it ~0.25 s at 4x CPU).
    await nextTask();
  }
  if (!known(settings.scenarioId)) await loadBuiltins();
  if (!engines[settings.protocol]) engines = { ...engines, [settings.protocol]: await sim.loadEngines(settings.protocol) };
  if (!engines.digests && needsDigests(settings)) engines = { ...engines, digests: await sim.loadDigests() };
  await buildInSlices(sim, settings);
}

/**
 * A scenario with more messages than this is simulated in slices when it is
 * opened: a 500-message share link was one task of 1.2 s at 4x CPU (issue 12).
 * A fault on it is forked in slices too (Player.inject), here and in the embed.
 */
export const LARGE_SCENARIO_MESSAGES = 50;

function large(settings: Settings): boolean {
  return known(settings.scenarioId) && scenarioById(settings.scenarioId).maildrop.length > LARGE_SCENARIO_MESSAGES;
}

function sliced(settings: Settings): boolean {
  return prebuilt?.settings !== settings && large(settings);
}

/** The run for the settings: the one prepare() built for them, else simulated now. */
function runFor(settings: Settings): RunLike {
  const ahead = prebuilt;
  if (ahead && ahead.settings === settings) {
    prebuilt = null;
    if ('run' in ahead.result) return ahead.result.run;
    throw ahead.result.error;
  }
  return loadedSimulator().simulate(configFor(settings), { engines });
}

/**
 * The learner's current world as a scenario, for a share link: the scenario
 * with the header's settings applied and every fault of the run (the
 * scenario's and the learner's) written into it.
 */
export function scenarioForShare(settings: Settings, config: WorldConfig): Scenario {
  const s = scenarioById(settings.scenarioId);
  return {
    ...s,
    protocol: settings.protocol,
    personality: personalityName(config.personality),
    devices: s.devices.map((d) => {
      const polls = config.devices.find((c) => c.name === d.name)?.pollAtTicks ?? d.polls;
      return { ...d, retention: settings.retention, polls: [...polls] };
    }),
    faults: [...config.faults],
  };
}

/** A run for the settings, or the reason it cannot be built (the World refused the scenario). */
export function attemptRun(source: Pick<ScenarioSource, 'runFor'>, settings: Settings): { readonly run: RunLike } | { readonly error: string } {
  try {
    return { run: source.runFor(settings) };
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
}

export function createSource(): ScenarioSource {
  return {
    scenarios: BUILTIN_SCENARIOS.map((s) => builtinEntryOf(s, DEFAULT_SCENARIO_TEXT[s.id])),
    add(scenario, madeFrom) {
      // A linked scenario never hides a built-in one with the same id.
      const id = BUILTIN_SCENARIOS.some((b) => b.id === scenario.id) ? `link-${scenario.id}` : scenario.id;
      const stored = { ...scenario, id };
      linked.set(id, stored);
      return builtinEntryOf(stored, madeFrom === undefined ? undefined : builtinText[madeFrom]);
    },
    defaultId: DEFAULT_SCENARIO_ID,
    defaults(id) {
      const s = scenarioById(id);
      const p = parsePersonality(s.personality);
      return {
        retention: s.devices[0]?.retention ?? 'delete',
        protocol: s.protocol,
        personality: 'error' in p ? 'rfc' : p.kind,
        scenarioFaults: true,
      };
    },
    runFor,
    loadBuiltins,
    known,
    ready,
    prepare,
    sliced,
    large,
    firstFrame,
  };
}

/** The first frame drawn last, with the settings it was drawn for. */
let drawn: { readonly settings: string; readonly run: RunLike } | null = null;

/**
 * The first frame of the run for these settings (first-frame.ts), kept for
 * the next call with the same settings: src/ui/boot.ts draws the default
 * run's in a task of its own, before the one that makes the Player, which
 * then finds it here (issue 12: together they were one long task).
 */
function firstFrame(settings: Settings): RunLike {
  const key = JSON.stringify(settings);
  if (drawn?.settings !== key) drawn = { settings: key, run: firstFrameRun(configFor(settings)) };
  return drawn.run;
}
