/**
 * Test support for the POP1 and POP2 engines: joins a client agent and a
 * server session with an in-memory link (each side's `send` is fed to the
 * other's `receive`) and a device that makes copies durable on request.
 *
 * Rules of this module:
 * - Deterministic: wire traffic is delivered before pending saves, so a
 *   device is always "slower than the network", and every loop is bounded.
 * - Imported only by tests; nothing in the engines depends on it.
 */
import type { ClientAgent, ClientEffect, ProtocolEvent, ServerSession } from '../engine.ts';
import type { Octets } from '../octets.ts';

export interface LinkOptions {
  /** The device writes copies durably (true) or never does (it crashes before its disk write). */
  readonly deviceSaves: boolean;
  /** Octets per delivery in each direction (1 = one octet at a time); default: everything at once. */
  readonly chunkOctets?: number;
  /** Drop the connection once the server has sent this many octets in total (greeting included). */
  readonly dropAfterServerOctets?: number;
}

export interface LinkResult {
  /** `C:`/`S:` lines as the server saw and answered them; message data shows as `S: <N octets>`. */
  readonly transcript: readonly string[];
  readonly serverEvents: readonly ProtocolEvent[];
  readonly clientEffects: readonly ClientEffect[];
  /** Message keys the device made durable, in order. */
  readonly durable: readonly string[];
  /** Octets of every complete message the client kept durably, by key. */
  readonly durableCopies: ReadonlyMap<string, Octets>;
  readonly finished: Extract<ClientEffect, { type: 'finished' }> | undefined;
}

const MAX_STEPS = 1_000_000;

export function runLink(server: ServerSession, client: ClientAgent, options: LinkOptions): LinkResult {
  const serverEvents: ProtocolEvent[] = [];
  const clientEffects: ClientEffect[] = [];
  const durable: string[] = [];
  const copies = new Map<string, Octets>();
  const durableCopies = new Map<string, Octets>();
  const pendingSaves: string[] = [];
  const chunk = options.chunkOctets ?? Number.MAX_SAFE_INTEGER;
  let toClient = '';
  let toServer = '';
  let serverSentOctets = 0;
  let dropped = false;
  let tick = 0;

  const fromServer = (send: Octets, events: readonly ProtocolEvent[]): void => {
    serverEvents.push(...events);
    let octets = send;
    if (options.dropAfterServerOctets !== undefined) {
      const room = options.dropAfterServerOctets - serverSentOctets;
      if (room < octets.length) {
        octets = octets.slice(0, Math.max(0, room));
        dropped = true;
      }
    }
    serverSentOctets += octets.length;
    toClient += octets;
  };
  const fromClient = (send: Octets, effects: readonly ClientEffect[]): void => {
    clientEffects.push(...effects);
    for (const effect of effects) {
      if (effect.type === 'message' && effect.complete) copies.set(effect.key, effect.octets);
      if (effect.type === 'save') pendingSaves.push(effect.key);
    }
    if (!dropped) toServer += send;
  };

  const greeting = server.greet(tick);
  fromServer(greeting.send, greeting.events);

  for (let step = 0; ; step++) {
    if (step > MAX_STEPS) throw new Error('runLink: no progress after a million steps (engine bug)');
    tick++;
    if (toClient.length > 0 && !client.finished) {
      const part = toClient.slice(0, chunk);
      toClient = toClient.slice(part.length);
      const out = client.receive(part);
      fromClient(out.send, out.effects);
    } else if (toServer.length > 0 && !server.closed && !dropped) {
      const part = toServer.slice(0, chunk);
      toServer = toServer.slice(part.length);
      const out = server.receive(part, tick);
      fromServer(out.send, out.events);
    } else if (pendingSaves.length > 0 && options.deviceSaves && !client.finished) {
      const key = pendingSaves.shift() as string;
      durable.push(key);
      const copy = copies.get(key);
      if (copy !== undefined) durableCopies.set(key, copy);
      const out = client.saved(key);
      fromClient(out.send, out.effects);
    } else {
      break;
    }
  }
  // The link is quiet: whatever is not finished sees the connection go away.
  if (!server.closed) {
    const out = server.abort('connection-lost');
    serverEvents.push(...out.events);
  }
  if (!client.finished) fromClient('', client.connectionLost().effects);
  // A device with pending saves still writes them after the session (unless it crashed).
  if (options.deviceSaves) {
    for (const key of pendingSaves) {
      const copy = copies.get(key);
      if (copy !== undefined && !durableCopies.has(key)) {
        durable.push(key);
        durableCopies.set(key, copy);
      }
    }
  }

  const transcript: string[] = [];
  for (const event of serverEvents) {
    if (event.type === 'command') transcript.push(`C: ${event.line}`);
    else if (event.type === 'reply') transcript.push(`S: ${event.line}`);
    else if (event.type === 'sent-message') transcript.push(`S: <${event.octets} octets>`);
  }
  const finished = clientEffects.find((e): e is Extract<ClientEffect, { type: 'finished' }> => e.type === 'finished');
  return { transcript, serverEvents, clientEffects, durable, durableCopies, finished };
}

/** The removals a run caused, as `uid:reason`. */
export function removals(result: LinkResult): string[] {
  return result.serverEvents.flatMap((e) => (e.type === 'removed' ? [`${e.uid}:${e.reason}`] : []));
}
