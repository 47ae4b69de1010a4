/**
 * Small world builders shared by the simulator's tests and benchmarks.
 */
import type { ClientPolicy, Personality, Protocol } from '../protocol/engine.ts';
import type { ChannelSpec, DeviceSpec, FaultSpec, MessageSpec, WorldConfig } from './types.ts';
// Tests and benchmarks build POP1 and POP2 worlds too: register every engine
// (engines.ts builds in only POP3; the browser loads the others on demand).
import './engines-all.ts';

export function message(n: number, body = `Hello number ${n}.`): MessageSpec {
  return { text: `From: bob@example.org\nTo: alice@example.org\nSubject: Message ${n}\nMessage-ID: <m${n}@example.org>\n\n${body}\n` };
}

export function device(name: string, policy: Partial<ClientPolicy> = {}, extra: Partial<DeviceSpec> = {}): DeviceSpec {
  return {
    name,
    policy: { retention: 'delete', useUidl: true, commitOrder: 'safe', ...policy },
    writeDelayTicks: 5,
    pollAtTicks: [0],
    ...extra,
  };
}

export function world(options: {
  readonly protocol?: Protocol;
  readonly personality?: Personality;
  readonly messages?: number | readonly MessageSpec[];
  readonly devices?: readonly DeviceSpec[];
  readonly faults?: readonly FaultSpec[];
  readonly seed?: number;
  readonly channel?: ChannelSpec;
  readonly maxEvents?: number;
  readonly autologoutTicks?: number;
} = {}): WorldConfig {
  const messages = typeof options.messages === 'number' || options.messages === undefined
    ? Array.from({ length: typeof options.messages === 'number' ? options.messages : 2 }, (_, i) => message(i + 1))
    : options.messages;
  const config: WorldConfig = {
    protocol: options.protocol ?? 'pop3',
    personality: options.personality ?? { kind: 'rfc' },
    hostname: 'pop.example.org',
    user: 'alice',
    secret: 'tanstaaf',
    messages,
    devices: options.devices ?? [device('Laptop')],
    channel: options.channel ?? { latencyTicks: 10, octetsPerTick: 64 },
    faults: options.faults ?? [],
    seed: options.seed ?? 1,
  };
  return {
    ...config,
    ...(options.maxEvents !== undefined ? { maxEvents: options.maxEvents } : {}),
    ...(options.autologoutTicks !== undefined ? { autologoutTicks: options.autologoutTicks } : {}),
  };
}
