/**
 * Runs a sans-I/O ClientAgent over a real TCP socket, e.g. against the bridge.
 *
 * Rules of this module:
 * - Octets cross the socket as Buffer 'latin1' (one char = one octet).
 * - A `save` effect is answered only after the copy is written: to the
 *   in-memory store, and to `saveDir` (synchronously, with fsync) when given.
 *   That is the "durable, then delete" order a safe client relies on.
 * - When the connection closes before the agent finished, the agent hears
 *   `connectionLost()` and reports its partial copies.
 * - The run is bounded: a timeout destroys the socket, and effect handling
 *   is a loop over a queue, not recursion.
 */
import { connect, type Socket } from 'node:net';
import { closeSync, fsyncSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Octets } from '../protocol/octets.ts';
import type { ClientAgent, ClientEffect, ClientOutput } from '../protocol/engine.ts';

export interface ClientRunOptions {
  readonly host: string;
  readonly port: number;
  /** Destroy the socket after this long; default 20 s. */
  readonly timeoutMs?: number;
  /** Also write each saved message here, as `<key>.eml` (key made file-safe). */
  readonly saveDir?: string;
}

export interface SavedMessage {
  readonly key: string;
  readonly uid: string | null;
  readonly number: number;
  readonly octets: Octets;
}

export interface ClientRunResult {
  readonly effects: readonly ClientEffect[];
  /** Messages the agent asked to save, in the order they were saved. */
  readonly saved: readonly SavedMessage[];
  /** True when the agent reported `finished`. */
  readonly finished: boolean;
  /** The reason in the agent's `finished` effect, if any. */
  readonly finishedOk: boolean | null;
  /** Everything the client sent and received, as octets, for diagnostics. */
  readonly sentOctets: Octets;
  readonly receivedOctets: Octets;
  readonly timedOut: boolean;
}

const DEFAULT_TIMEOUT_MS = 20_000;
/** A guard against an agent that answers `saved` with endless new saves. */
const MAX_EFFECTS = 100_000;

export function runClientAgent(agent: ClientAgent, options: ClientRunOptions): Promise<ClientRunResult> {
  const effects: ClientEffect[] = [];
  const saved: SavedMessage[] = [];
  const received = new Map<string, Extract<ClientEffect, { type: 'message' }>>();
  let sentOctets = '';
  let receivedOctets = '';
  let finishedOk: boolean | null = null;
  let timedOut = false;

  if (options.saveDir) mkdirSync(options.saveDir, { recursive: true });

  return new Promise<ClientRunResult>((resolve, reject) => {
    const socket: Socket = connect({ host: options.host, port: options.port });
    socket.setNoDelay(true);
    const timer = setTimeout(() => {
      timedOut = true;
      socket.destroy();
    }, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    let failure: Error | undefined;

    const saveDurably = (message: Extract<ClientEffect, { type: 'message' }>): void => {
      if (options.saveDir) {
        const path = join(options.saveDir, `${message.key.replace(/[^A-Za-z0-9._-]/g, '_')}.eml`);
        const fd = openSync(path, 'w');
        try {
          writeSync(fd, Buffer.from(message.octets, 'latin1'));
          fsyncSync(fd);
        } finally {
          closeSync(fd);
        }
      }
      saved.push({ key: message.key, uid: message.uid, number: message.number, octets: message.octets });
    };

    /** Handles an output and every output its effects lead to, in order. */
    const handle = (first: ClientOutput): void => {
      const queue: ClientOutput[] = [first];
      while (queue.length > 0) {
        const output = queue.shift() as ClientOutput;
        if (output.send.length > 0 && !socket.destroyed && socket.writable) {
          sentOctets += output.send;
          socket.write(Buffer.from(output.send, 'latin1'));
        }
        for (const effect of output.effects) {
          if (effects.length >= MAX_EFFECTS) throw new Error(`client agent produced over ${MAX_EFFECTS} effects`);
          effects.push(effect);
          switch (effect.type) {
            case 'message':
              received.set(effect.key, effect);
              break;
            case 'save': {
              const message = received.get(effect.key);
              if (!message) throw new Error(`client agent asked to save unknown copy ${effect.key}`);
              saveDurably(message);
              queue.push(agent.saved(effect.key));
              break;
            }
            case 'discard':
              received.delete(effect.key);
              break;
            case 'finished':
              finishedOk = effect.ok;
              break;
            default:
              break;
          }
        }
      }
      // The agent is done; the server closes after its QUIT reply, but do not wait on it forever.
      if (agent.finished && !socket.destroyed) socket.end();
    };

    const guarded = (what: () => void): void => {
      try {
        what();
      } catch (error) {
        failure = error instanceof Error ? error : new Error(String(error));
        socket.destroy();
      }
    };

    socket.on('data', (data: Buffer) => {
      const octets = data.toString('latin1');
      receivedOctets += octets;
      if (agent.finished) return;
      guarded(() => handle(agent.receive(octets)));
    });
    socket.on('error', () => {
      // 'close' follows; the agent hears connectionLost there.
    });
    socket.on('close', () => {
      clearTimeout(timer);
      if (!agent.finished && !failure) guarded(() => handle(agent.connectionLost()));
      if (failure) {
        reject(failure);
        return;
      }
      resolve({
        effects,
        saved,
        finished: agent.finished,
        finishedOk,
        sentOctets,
        receivedOctets,
        timedOut,
      });
    });
  });
}
