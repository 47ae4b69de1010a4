/**
 * LiveWorld: a world the learner drives by hand from the terminal. A
 * "manual" device's agent sends exactly what is typed, through the same
 * channel, server engine, trace and ledger as the automatic clients.
 *
 * Time does not run by itself: `typeLine` delivers the line and the server's
 * answer (`settle`), and `advance(ticks)` lets timers such as autologout
 * (RFC 1939 §3) and device polls happen.
 */
import { CRLF, type Octets } from '../protocol/octets.ts';
import type { ClientAgent, ClientOutput } from '../protocol/engine.ts';
import { toTranscript } from './transcript.ts';
import { World, SimulationError, type Connection } from './world.ts';
import type { DeviceSpec, Direction, Outcome, TraceEvent, WorldConfig, WorldView } from './types.ts';
import type { Engines } from './engines.ts';

const EMPTY: ClientOutput = Object.freeze({ send: '', effects: Object.freeze([]) });

/** The agent of a person at a terminal: it never sends on its own; it only collects what arrives. */
export class ManualAgent implements ClientAgent {
  readonly protocol;
  #finished = false;
  #received = '';

  constructor(protocol: ClientAgent['protocol']) {
    this.protocol = protocol;
  }

  get state(): string {
    return this.#finished ? 'DONE' : 'TYPING';
  }

  get finished(): boolean {
    return this.#finished;
  }

  receive(octets: Octets): ClientOutput {
    if (this.#finished) throw new Error('ManualAgent: receive after the session finished (caller bug)');
    this.#received += octets;
    return EMPTY;
  }

  saved(): ClientOutput {
    return EMPTY;
  }

  connectionLost(): ClientOutput {
    if (this.#finished) return EMPTY;
    this.#finished = true;
    return { send: '', effects: [{ type: 'finished', ok: true, reason: { code: 'connection-closed' } }] };
  }

  /** Octets received since the last call, for the terminal to print. */
  takeReceived(): Octets {
    const out = this.#received;
    this.#received = '';
    return out;
  }
}

export interface LiveWorldOptions {
  /** The engines (and digests) to run (src/sim/engines.ts). */
  readonly engines: Engines;
  /** Name of the hand-driven device (default "Terminal"); added to the world if the config lacks it. */
  readonly manualDevice?: string;
}

const MAX_SETTLE_STEPS = 100_000;

export class LiveWorld {
  readonly world: World;
  readonly manualDevice: string;
  readonly #agents = new Map<number, ManualAgent>();
  #lastAgent: ManualAgent | null = null;

  constructor(config: WorldConfig, options: LiveWorldOptions) {
    this.manualDevice = options.manualDevice ?? 'Terminal';
    const hasDevice = config.devices.some((d) => d.name === this.manualDevice);
    const manualSpec: DeviceSpec = {
      name: this.manualDevice,
      policy: { retention: 'keep', useUidl: false, commitOrder: 'safe' },
      writeDelayTicks: 0,
      pollAtTicks: [],
    };
    const full: WorldConfig = hasDevice ? config : { ...config, devices: [...config.devices, manualSpec] };
    this.world = new World(full, {
      engines: options.engines,
      manualAgents: new Map([
        [
          this.manualDevice,
          () => {
            const agent = new ManualAgent(full.protocol);
            this.#lastAgent = agent;
            return agent;
          },
        ],
      ]),
    });
  }

  get trace(): readonly TraceEvent[] {
    return this.world.trace;
  }

  get tick(): number {
    return this.world.tick;
  }

  /** Opens a connection for the manual device (if none is open) and delivers the greeting. */
  connect(): Connection {
    const existing = this.world.connectionOf(this.manualDevice);
    if (existing) return existing;
    const conn = this.world.connect(this.manualDevice);
    if (conn === null) throw new SimulationError('connection refused: the server is down (it restarts after its downtime)');
    if (this.#lastAgent) this.#agents.set(conn.session, this.#lastAgent);
    this.settle();
    return conn;
  }

  /** Sends one typed line (CRLF added) and runs until the answer has arrived. Connects first if needed. */
  typeLine(line: string): void {
    if (/[\r\n]/.test(line)) throw new SimulationError('typeLine takes one line without CR or LF');
    this.connect();
    this.world.clientSend(this.manualDevice, line + CRLF);
    this.settle();
  }

  /**
   * Drops the oldest `count` events from the world's trace once the caller
   * has kept what it needs (the terminal session keeps a bounded history), so
   * a session of any length holds constant memory. Steps keep counting.
   */
  forgetTrace(count: number): void {
    const trace = this.world.trace;
    if (!Number.isSafeInteger(count) || count < 0 || count > trace.length) throw new RangeError(`forgetTrace(${count}) with ${trace.length} events kept`);
    trace.splice(0, count);
    this.world.forgottenSteps += count;
  }

  /** Octets the terminal has received and not yet printed. */
  takeReceived(): Octets {
    let out = '';
    for (const [session, agent] of this.#agents) {
      out += agent.takeReceived();
      // A finished session receives nothing more: forget its agent, so a long life of reconnects keeps constant memory.
      if (agent.finished) this.#agents.delete(session);
    }
    return out;
  }

  get connected(): boolean {
    return this.world.connectionOf(this.manualDevice) !== null;
  }

  /** Runs what is due now or later on the channels and disks, but no timers (autologout, polls). */
  settle(): void {
    for (let i = 0; ; i++) {
      if (i > MAX_SETTLE_STEPS) throw new SimulationError(`LiveWorld.settle exceeded ${MAX_SETTLE_STEPS} steps (seed ${this.world.seed})`);
      const due = this.world.nextDueTick({ includeTimers: false });
      if (due === null || !this.world.step(due)) return;
    }
  }

  /** Lets simulated time pass: everything due within `ticks` happens, timers included. */
  advance(ticks: number): void {
    if (!Number.isSafeInteger(ticks) || ticks < 0) throw new RangeError(`advance needs a non-negative integer, got ${ticks}`);
    const until = this.world.tick + ticks;
    for (let i = 0; ; i++) {
      if (i > MAX_SETTLE_STEPS) throw new SimulationError(`LiveWorld.advance exceeded ${MAX_SETTLE_STEPS} steps (seed ${this.world.seed})`);
      if (!this.world.step(until)) break;
    }
    this.world.passTimeTo(until);
  }

  /** Runs until nothing is due, timers included (an open idle session will be autologged out). */
  runUntilIdle(): void {
    this.world.run();
  }

  view(): WorldView {
    return this.world.ledger.view();
  }

  outcome(): Outcome {
    return this.world.ledger.outcome();
  }

  transcript(): string {
    return toTranscript(this.world.trace);
  }

  dropConnection(device = this.manualDevice): void {
    this.world.dropConnection(device);
  }

  loseSegment(direction: Direction, device = this.manualDevice): void {
    this.world.loseSegment(device, direction);
  }

  crashClient(device = this.manualDevice): void {
    this.world.crashClient(device);
  }

  devicePowerLoss(device = this.manualDevice): void {
    this.world.devicePowerLoss(device);
  }

  connectionSilent(device = this.manualDevice): void {
    this.world.connectionSilent(device);
  }

  crashServer(downtimeTicks?: number): void {
    this.world.crashServer(downtimeTicks);
  }

  idlePastAutologout(device = this.manualDevice): void {
    this.world.idlePastAutologout(device);
  }

  secondDeviceLogin(device: string): void {
    this.world.secondDeviceLogin(device);
  }
}
