/**
 * Benchmarks for `npm run bench` (design.md "Quality budgets"). These
 * functions only measure; they assert nothing about time. The caller passes
 * the clock (`performance.now` in Node), so no clock lives in src/sim.
 *
 * Budgets: a full POP3 session retrieving 10,000 messages simulated in under
 * 200 ms in Node; seeking to any step of a 10,000-event trace under 16 ms.
 */
import { simulate, type SimulationRun } from './run.ts';
import { device, message, world } from './testkit.ts';
import type { WorldConfig } from './types.ts';
import { ALL_ENGINES } from './engines-all.ts';

export type Clock = () => number;

export interface SessionBench {
  readonly messages: number;
  readonly events: number;
  readonly elapsedMs: number;
  readonly budgetMs: number;
  readonly delivered: number;
}

export interface SeekBench {
  readonly events: number;
  readonly seeks: number;
  readonly maxMs: number;
  readonly meanMs: number;
  readonly budgetMs: number;
  /** One-time cost of building the seek index (prepareSeek), not part of a seek. */
  readonly firstSeekMs: number;
}

export interface ThroughputBench {
  readonly events: number;
  readonly elapsedMs: number;
  readonly eventsPerSecond: number;
}

/** One device in delete mode, one session that retrieves and deletes every message. */
function bigSessionConfig(messages: number): WorldConfig {
  return world({
    messages: Array.from({ length: messages }, (_, i) => message(i + 1)),
    devices: [device('Laptop', { retention: 'delete', commitOrder: 'safe' }, { writeDelayTicks: 1, pollAtTicks: [0] })],
    channel: { latencyTicks: 1, octetsPerTick: 65_536 },
    maxEvents: 40 * messages + 1000,
  });
}

/** Time to simulate a full POP3 session retrieving `messages` messages (invariants on). */
export function benchSession(now: Clock, messages = 10_000): SessionBench {
  const config = bigSessionConfig(messages);
  const start = now();
  const run = simulate(config, { engines: ALL_ENGINES });
  const elapsedMs = now() - start;
  return { messages, events: run.trace.length, elapsedMs, budgetMs: 200, delivered: run.outcome().delivered };
}

/** Seek time to steps spread over a trace of at least `events` events. */
export function benchSeek(now: Clock, events = 10_000, seeks = 200): SeekBench {
  // About 17 events per message in this world; build a trace of at least `events`.
  let run: SimulationRun | null = null;
  for (let messages = Math.ceil(events / 17); run === null || run.trace.length < events; messages = Math.ceil(messages * 1.2)) {
    run = simulate(bigSessionConfig(messages), { engines: ALL_ENGINES });
  }
  const n = run.trace.length;
  const t0 = now();
  run.prepareSeek();
  const firstSeekMs = now() - t0;
  let max = 0;
  let total = 0;
  for (let i = 0; i < seeks; i++) {
    // A deterministic spread of targets, including both ends.
    const step = Math.floor(((i * 7919) % seeks) * (n - 1) / Math.max(1, seeks - 1));
    const s = now();
    run.viewAt(step);
    const ms = now() - s;
    total += ms;
    if (ms > max) max = ms;
  }
  return { events: n, seeks, maxMs: max, meanMs: total / seeks, budgetMs: 16, firstSeekMs };
}

/** Simulated trace events per second of wall time. */
export function benchEventsPerSecond(now: Clock, messages = 2_000): ThroughputBench {
  const config = bigSessionConfig(messages);
  const start = now();
  const run = simulate(config, { engines: ALL_ENGINES });
  const elapsedMs = now() - start;
  return { events: run.trace.length, elapsedMs, eventsPerSecond: elapsedMs > 0 ? Math.round((run.trace.length * 1000) / elapsedMs) : Number.POSITIVE_INFINITY };
}
