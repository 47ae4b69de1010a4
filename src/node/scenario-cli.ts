/**
 * `npm run scenario -- FILE.json [--mode delete|keep] [--seed N] [--narrate] [--lang en|es|de] [--json]`
 * `npm run scenario -- builtin:ID`, `npm run scenario -- --list`
 *
 * Runs a scenario headlessly and prints the C:/S: transcript and the custody
 * verdicts. `--narrate` prints the learner-facing narration instead of the
 * transcript: one line per step at Detail = Commands, the words the app
 * shows (a printable handout), in the language `--lang` names (English by
 * default; the same message catalogue as the app); `--json` always includes both. Exit codes: 0 ran (and matched the scenario's `expect`, if any),
 * 1 ran but the verdicts differ from `expect`, 2 bad arguments or a bad
 * scenario file (a message, never a stack trace), 3 the simulator failed
 * (a bug: please report it with the seed).
 */
import { readFileSync, statSync } from 'node:fs';
import { LIMITS, parseScenario, type Scenario } from '../scenarios/format.ts';
import { builtinScenarios, builtinScenario } from '../scenarios/library/index.ts';
import type { ScenarioRun } from '../scenarios/run.ts';
import { LANGUAGES, matchLanguage, type Language } from '../i18n/language.ts';
import { setLocale } from '../i18n/paraglide/runtime.js';
import * as m from '../i18n/paraglide/messages.js';
import type { Retention } from '../protocol/engine.ts';

const USAGE = `usage: npm run scenario -- FILE.json|builtin:ID [--mode delete|keep] [--seed N] [--narrate] [--lang en|es|de] [--json]
       npm run scenario -- --list [--json]`;

export const EXIT = { ok: 0, mismatch: 1, badInput: 2, simulatorBug: 3 } as const;

interface Options {
  readonly source?: string;
  readonly mode?: Retention;
  readonly seed?: number;
  readonly lang?: Language;
  readonly json: boolean;
  readonly narrate: boolean;
  readonly list: boolean;
  readonly help: boolean;
}

class UsageError extends Error {}

function parseArgs(argv: readonly string[]): Options {
  let source: string | undefined;
  let mode: Retention | undefined;
  let seed: number | undefined;
  let lang_: Language | undefined;
  let json = false;
  let narrate = false;
  let list = false;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--json':
        json = true;
        break;
      case '--narrate':
        narrate = true;
        break;
      case '--list':
        list = true;
        break;
      case '--help':
      case '-h':
        help = true;
        break;
      case '--mode': {
        const v = value();
        if (v !== 'delete' && v !== 'keep') throw new UsageError(`--mode: expected "delete" or "keep", got "${v}"`);
        mode = v;
        break;
      }
      case '--seed': {
        const v = value();
        if (!/^\d{1,10}$/.test(v) || Number(v) > 0xffffffff) throw new UsageError(`--seed: expected an integer from 0 to 4294967295, got "${v}"`);
        seed = Number(v);
        break;
      }
      case '--lang': {
        const v = value();
        const lang = matchLanguage(v);
        if (!lang) throw new UsageError(`--lang: expected one of ${LANGUAGES.map((l) => `"${l}"`).join(', ')}, got "${v}"`);
        lang_ = lang;
        break;
      }
      default:
        if (flag.startsWith('-') && flag !== '-') throw new UsageError(`unknown option ${flag}`);
        if (source !== undefined) throw new UsageError(`only one scenario at a time (got "${source}" and "${arg}")`);
        source = arg;
    }
  }
  const options: { -readonly [K in keyof Options]: Options[K] } = { json, narrate, list, help };
  if (source !== undefined) options.source = source;
  if (mode !== undefined) options.mode = mode;
  if (seed !== undefined) options.seed = seed;
  if (lang_ !== undefined) options.lang = lang_;
  return options;
}

type Loaded = { readonly ok: true; readonly scenario: Scenario; readonly warnings?: readonly string[] } | { readonly ok: false; readonly errors: readonly string[] };

/** A scenario from a file or `builtin:ID` (also used by src/node/faultmap-cli.ts). */
export function load(source: string): Loaded {
  if (source.startsWith('builtin:')) {
    const id = source.slice('builtin:'.length);
    const scenario = builtinScenario(id);
    return scenario ? { ok: true, scenario } : { ok: false, errors: [`no built-in scenario "${id}" (see --list)`] };
  }
  let text: string;
  try {
    const stat = statSync(source);
    if (!stat.isFile()) return { ok: false, errors: [`${source}: not a file`] };
    // The limit counts UTF-8 octets, the file's own size: refuse before reading it.
    if (stat.size > LIMITS.jsonChars) return { ok: false, errors: [`${source}: the file is ${stat.size} octets; the limit is ${LIMITS.jsonChars} octets`] };
    text = readFileSync(source, 'utf8');
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : e instanceof Error ? e.message : String(e);
    return { ok: false, errors: [`${source}: ${reason}`] };
  }
  const result = parseScenario(text.replace(/^\uFEFF/, ''));
  return result.ok ? result : { ok: false, errors: result.errors.map((m) => `${source}: ${m}`) };
}

function formatCounts(c: { delivered: number; duplicated: number; lost: number; gap: number }): string {
  return `Delivered: ${c.delivered}, Duplicated: ${c.duplicated}, Lost: ${c.lost}, Gap: ${c.gap}`;
}

function human(run: ScenarioRun, narrate: boolean): string {
  const lines: string[] = [];
  lines.push(`Scenario ${run.id}: ${run.title}`);
  lines.push(`Protocol ${run.protocol.toUpperCase()}, server personality ${run.personality}, seed ${run.seed}${run.mode ? `, mode ${run.mode} (forced)` : ''}, ${run.steps} steps`);
  if (run.pop2Abort) lines.push(run.pop2Abort);
  lines.push('');
  // The narration's POP2 line repeats the header's; the steps follow it.
  lines.push(...(narrate ? run.narration.slice(run.pop2Abort !== undefined ? 1 : 0) : run.transcript));
  lines.push('');
  lines.push(m.outcome_delivered({ n: run.counts.delivered }));
  lines.push(m.outcome_duplicated({ n: run.counts.duplicated }));
  lines.push(m.outcome_lost({ n: run.counts.lost }));
  lines.push(m.outcome_gap({ n: run.counts.gap }));
  for (const note of run.notes) {
    const where = note.learnerStep !== undefined ? ` at step ${note.learnerStep}` : '';
    const why = note.explanation ? `: ${note.explanation}` : '';
    lines.push(`  ${note.verdict} "${note.label}" (UID ${note.uid})${where}${why}`);
    if (note.cause) lines.push(`    after the fault at step ${note.cause.learnerStep}: ${note.cause.explanation}`);
  }
  if (run.expected) {
    lines.push('');
    lines.push(run.matchesExpected ? `As expected (${formatCounts(run.expected)}).` : `DIFFERS from the scenario's expect: ${formatCounts(run.expected)}.`);
  }
  return `${lines.join('\n')}\n`;
}

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** The whole CLI as a function (no process globals), so it is easy to test. */
export async function main(argv: readonly string[]): Promise<CliResult> {
  let options: Options;
  try {
    options = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) return { code: EXIT.badInput, stdout: '', stderr: `error: ${e.message}\n${USAGE}\n` };
    throw e;
  }
  if (options.help) return { code: EXIT.ok, stdout: `${USAGE}\n`, stderr: '' };
  // The narration and the verdict counts speak this language (the message catalogue).
  setLocale(options.lang ?? 'en', { reload: false });
  if (options.list) {
    const stdout = options.json
      ? `${JSON.stringify(builtinScenarios().map((s) => ({ id: s.id, catalogue: s.catalogue ?? null, protocol: s.protocol, title: s.title })), null, 2)}\n`
      : builtinScenarios().map((s) => `builtin:${s.id.padEnd(32)} ${(s.catalogue ?? '').padEnd(8)} ${s.title}`).join('\n') + '\n';
    return { code: EXIT.ok, stdout, stderr: '' };
  }
  if (options.source === undefined) return { code: EXIT.badInput, stdout: '', stderr: `error: no scenario given\n${USAGE}\n` };
  const loaded = load(options.source);
  if (!loaded.ok) {
    if (options.json) return { code: EXIT.badInput, stdout: `${JSON.stringify({ ok: false, errors: loaded.errors }, null, 2)}\n`, stderr: '' };
    return { code: EXIT.badInput, stdout: '', stderr: `invalid scenario:\n${loaded.errors.map((m) => `  ${m}`).join('\n')}\n` };
  }
  const overrides: { mode?: Retention; seed?: number } = {};
  if (options.mode !== undefined) overrides.mode = options.mode;
  if (options.seed !== undefined) overrides.seed = options.seed;
  let run: ScenarioRun;
  // Loaded only when needed, so --list and file errors work without the simulator.
  const [{ runScenario }, { SimulationError }] = await Promise.all([import('../scenarios/run.ts'), import('../sim/index.ts')]);
  try {
    run = runScenario(loaded.scenario, overrides);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    // The simulator blames the scenario with SimulationError; anything else is its own bug.
    if (e instanceof SimulationError) return { code: EXIT.badInput, stdout: '', stderr: `scenario cannot run: ${detail}\n` };
    const seed = overrides.seed ?? loaded.scenario.seed;
    return { code: EXIT.simulatorBug, stdout: '', stderr: `simulator error (a bug; please report it with scenario ${loaded.scenario.id}, seed ${seed}): ${detail}\n` };
  }
  const code = run.matchesExpected === false ? EXIT.mismatch : EXIT.ok;
  if (options.json) {
    const { outcome, ...rest } = run;
    return { code, stdout: `${JSON.stringify({ ok: true, ...rest, messages: outcome.messages }, null, 2)}\n`, stderr: '' };
  }
  // Faults that can never fire are said on stderr, so the transcript stays clean (src/scenarios/guard.ts).
  const warnings = (loaded.warnings ?? []).map((w) => `warning: ${w}\n`).join('');
  return { code, stdout: human(run, options.narrate), stderr: warnings };
}

const invokedDirectly = process.argv[1] !== undefined && /scenario-cli\.ts$/.test(process.argv[1]);
if (invokedDirectly) {
  // A closed pipe (e.g. `| head`) is not an error worth a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') throw e;
    });
  }
  main(process.argv.slice(2)).then(
    (result) => {
      process.stdout.write(result.stdout);
      process.stderr.write(result.stderr);
      process.exitCode = result.code;
    },
    (e: unknown) => {
      process.stderr.write(`internal error: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = EXIT.simulatorBug;
    },
  );
}
