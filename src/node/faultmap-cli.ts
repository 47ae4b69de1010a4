/**
 * `npm run faultmap -- FILE.json|builtin:ID [--mode delete|keep|both] [--json]`
 *
 * Prints the fault map of a scenario (src/scenarios/fault-map/compute.ts):
 * for every step at Detail = Commands and every real-network fault, the
 * verdict of the run forked with that fault just after that step. A text
 * grid (one row per step, one column per fault, per mode), or with --json
 * exactly what the app's worker computes. Deterministic: the same scenario
 * gives the same output, byte for byte.
 *
 * Exit codes: 0 printed, 2 bad arguments or a bad scenario file.
 */
import { load } from './scenario-cli.ts';
import '../sim/engines-all.ts';
import { ALL_ENGINES } from '../sim/engines-all.ts';
import { computeFaultMap, mapConfigs, MAP_MODES, scenarioSettings, type FaultMap, type MapMode } from '../scenarios/fault-map/compute.ts';
import { cellText, VERDICT_SYMBOL } from '../scenarios/fault-map/symbols.ts';
import type { FaultKind } from '../sim/types.ts';

const USAGE = 'usage: npm run faultmap -- FILE.json|builtin:ID [--mode delete|keep|both] [--json]';

/** Column heads: short enough for a terminal, the same faults the app names in full. */
const SHORT: Readonly<Record<FaultKind, string>> = {
  'drop-connection': 'reset',
  'connection-silent': 'silent',
  'crash-client': 'app-crash',
  'device-power-loss': 'power-loss',
  'crash-server': 'srv-crash',
  'lose-segment': 'seg-lost',
  'idle-past-autologout': 'idle',
  'second-device-login': '2nd-device',
};
const MODE_NAME: Readonly<Record<MapMode, string>> = { delete: 'Delete on download', keep: 'Leave on server' };

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** The map as a text grid: a header per mode, then one line per step. */
export function formatGrid(map: FaultMap, title: string): string {
  const lines = [`Fault map: ${title}`, `Each cell: the run with that fault just after that step. ${Object.entries(VERDICT_SYMBOL).map(([v, s]) => `${s} ${v}`).join(', ')} (with the number of messages).`];
  for (const mode of map.modes) {
    lines.push('', `${MODE_NAME[mode.mode]} (${mode.stepCount} steps; without a fault: delivered ${mode.baseline.delivered}, duplicated ${mode.baseline.duplicated}, lost ${mode.baseline.lost}, gap ${mode.baseline.gap})`);
    if (mode.error) {
      lines.push(`  cannot run: ${mode.error}`);
      continue;
    }
    const width = Math.max(...map.faults.map((f) => SHORT[f].length));
    lines.push(`${'step'.padStart(4)}  ${'sent'.padEnd(34)} ${map.faults.map((f) => SHORT[f].padStart(width)).join(' ')}`);
    for (const row of mode.rows) {
      const sent = row.direction === null ? '(session ends)' : `${row.direction === 'c2s' ? 'C' : 'S'}: ${row.wire}`;
      const cells = map.faults.map((f) => {
        const c = mode.cells.find((x) => x.step === row.step && x.fault === f);
        return (c ? cellText(c.verdict, c.counts) : '?').padStart(width);
      });
      lines.push(`${String(row.step).padStart(4)}  ${(sent.length > 34 ? `${sent.slice(0, 33)}…` : sent).padEnd(34)} ${cells.join(' ')}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export async function main(argv: readonly string[]): Promise<CliResult> {
  let source: string | undefined;
  let modes: readonly MapMode[] = MAP_MODES;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag === '--json') json = true;
    else if (flag === '--help' || flag === '-h') return { code: 0, stdout: `${USAGE}\n`, stderr: '' };
    else if (flag === '--mode') {
      const v = inline ?? argv[++i];
      if (v === 'both') modes = MAP_MODES;
      else if (v === 'delete' || v === 'keep') modes = [v];
      else return { code: 2, stdout: '', stderr: `error: --mode: expected "delete", "keep" or "both", got "${v ?? ''}"\n${USAGE}\n` };
    } else if (flag.startsWith('-') && flag !== '-') return { code: 2, stdout: '', stderr: `error: unknown option ${flag}\n${USAGE}\n` };
    else if (source !== undefined) return { code: 2, stdout: '', stderr: `error: only one scenario at a time\n${USAGE}\n` };
    else source = arg;
  }
  if (source === undefined) return { code: 2, stdout: '', stderr: `error: no scenario given\n${USAGE}\n` };
  const loaded = load(source);
  if (!loaded.ok) return { code: 2, stdout: '', stderr: `invalid scenario:\n${loaded.errors.map((m) => `  ${m}`).join('\n')}\n` };
  const map = computeFaultMap(mapConfigs(loaded.scenario, scenarioSettings(loaded.scenario), modes), ALL_ENGINES);
  return { code: 0, stdout: json ? `${JSON.stringify(map, null, 2)}\n` : formatGrid(map, `${loaded.scenario.id}: ${loaded.scenario.title}`), stderr: '' };
}

if (process.argv[1] !== undefined && /faultmap-cli\.ts$/.test(process.argv[1])) {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') throw e;
    });
  }
  main(process.argv.slice(2)).then(
    (r) => {
      process.stdout.write(r.stdout);
      process.stderr.write(r.stderr);
      process.exitCode = r.code;
    },
    (e: unknown) => {
      process.stderr.write(`internal error: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 3;
    },
  );
}
