/**
 * The TCP bridge: serves a PostOffice to real mail clients (telnet, curl,
 * Python's poplib, Thunderbird) by running one sans-I/O ServerSession per
 * TCP connection.
 *
 * Rules of this module:
 * - This is the Node adapter, so it may use real time: a tick is one
 *   millisecond since the bridge started, and sessions are polled on an
 *   unref'd interval so autologout (RFC 1939 §3) happens without input.
 * - Octets cross the socket as Buffer 'latin1', one char = one octet both ways.
 * - A connection that ends before its session closed is aborted with
 *   'connection-lost': the lock is released and nothing is removed
 *   (RFC 1939 §6). Only QUIT's UPDATE removes messages; those removals live
 *   in the PostOffice for the life of the process.
 * - No peer can crash the bridge or make it buffer without bound: input is
 *   fed to the engine one command line at a time, and only while no reply
 *   is waiting to be sent. A reply (a 40 MB RETR included) is written in
 *   chunks paced by the socket's back-pressure (`write()` returning false,
 *   then 'drain'), so the socket never holds more than a chunk or two
 *   however large the message. A slow reader is never dropped for being
 *   slow: only a peer that makes no progress at all (reads nothing, sends
 *   nothing) for the socket timeout is destroyed, a little after the
 *   autologout time.
 * - Engines throw only on caller bugs. Such a throw is caught per
 *   connection, logged as one line, and that socket is destroyed; the
 *   bridge keeps serving everyone else.
 */
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import { NOBLE_DIGESTS } from '../protocol/digests-noble.ts';
import type { Octets } from '../protocol/octets.ts';
import type { PostOffice } from '../protocol/maildrop.ts';
import {
  MIN_AUTOLOGOUT_TICKS,
  TICKS_PER_DAY,
  type Personality,
  type Protocol,
  type ProtocolEvent,
  type ServerOptions,
  type ServerOutput,
  type ServerSession,
} from '../protocol/engine.ts';
import { createPop1Server } from '../protocol/pop1/server.ts';
import { createPop2Server } from '../protocol/pop2/server.ts';
import { createPop3Server } from '../protocol/pop3/server.ts';

/** Makes the server session for one connection, e.g. `createPop3Server`. */
export type ServerSessionFactory = (office: PostOffice, options: ServerOptions) => ServerSession;

export interface BridgeOptions {
  readonly office: PostOffice;
  readonly createSession: ServerSessionFactory;
  /** Default 127.0.0.1. */
  readonly host?: string;
  /** Default 0: any free port. */
  readonly port?: number;
  readonly personality?: Personality;
  /** Passed to each session; the engine's default (10 minutes) when absent. */
  readonly autologoutTicks?: number;
  /** Extra session options (enableLast, enableStls, implementation). */
  readonly sessionOptions?: Pick<ServerOptions, 'enableLast' | 'enableStls' | 'implementation'>;
  /** How often sessions are polled for autologout. Default 1000 ms. */
  readonly pollIntervalMs?: number;
  /** Idle time after which a socket is destroyed. Default autologout + 30 s. */
  readonly socketTimeoutMs?: number;
  /** Size of each write to the socket; the next waits for 'drain'. Default 64 KiB. */
  readonly writeChunkOctets?: number;
  /** One line of diagnostics (engine bugs, dropped connections). Default: stderr. */
  readonly log?: (line: string) => void;
  /** Every protocol event of every connection, for verbose logging. */
  readonly onEvent?: (connectionId: string, event: ProtocolEvent) => void;
}

export interface RunningBridge {
  readonly host: string;
  readonly port: number;
  /** Connections currently open. */
  readonly connectionCount: number;
  /**
   * The most output any socket has held unsent at once since the bridge
   * started (Node's writableLength): bounded by the write chunk, not by the
   * size of a message, because writes wait for 'drain'.
   */
  readonly peakUnsentOctets: number;
  /** Stops listening, drops every connection (sessions aborted, nothing removed), resolves when closed. */
  close(): Promise<void>;
}

/**
 * At most this many octets of input go to the engine at once, and never past
 * the first line end: one call answers at most one command, so the reply
 * waiting to be sent is one reply, not the answers to a whole pipelined batch
 * (RFC 2449 §6.6 lets clients pipeline).
 */
const INPUT_SLICE_OCTETS = 1024;
const DEFAULT_WRITE_CHUNK_OCTETS = 64 * 1024;
const DEFAULT_POLL_INTERVAL_MS = 1000;
const SOCKET_TIMEOUT_MARGIN_MS = 30_000;

interface Connection {
  readonly id: string;
  readonly socket: Socket;
  readonly session: ServerSession;
  /** Input received but not yet given to the engine (while a reply is still being sent). */
  pendingInput: Octets;
  /** Output the engine produced that is not yet handed to the socket; written a chunk at a time. */
  pendingOutput: Octets;
  /** The session closed itself (QUIT, autologout): end the socket once pendingOutput is written. */
  closeAfterOutput: boolean;
  /** The peer half-closed: answer what it sent, then end our side. */
  peerEnded: boolean;
  finished: boolean;
}

export async function startBridge(options: BridgeOptions): Promise<RunningBridge> {
  const host = options.host ?? '127.0.0.1';
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const writeChunk = Math.max(1, options.writeChunkOctets ?? DEFAULT_WRITE_CHUNK_OCTETS);
  const autologoutMs = options.autologoutTicks ?? MIN_AUTOLOGOUT_TICKS;
  const socketTimeoutMs = options.socketTimeoutMs ?? autologoutMs + SOCKET_TIMEOUT_MARGIN_MS;
  const startedAt = performance.now();
  const now = (): number => Math.floor(performance.now() - startedAt);
  const connections = new Set<Connection>();
  /** Every open socket, including ones whose session has closed but whose peer has not yet hung up. */
  const sockets = new Set<Socket>();
  let serial = 0;
  let peakUnsent = 0;

  const report = (connection: Connection, output: ServerOutput): void => {
    if (!options.onEvent) return;
    for (const event of output.events) options.onEvent(connection.id, event);
  };

  /** Drops a connection whose engine threw: log one line, abort if possible, destroy. */
  const fail = (connection: Connection, what: string, error: unknown): void => {
    const message = error instanceof Error ? error.message : String(error);
    log(`bridge: ${connection.id}: engine error in ${what}: ${message.split('\n')[0] ?? ''}`);
    finish(connection, 'server-crash');
    connection.socket.destroy();
  };

  /** Ends the session if it is still open (no UPDATE, RFC 1939 §6) and forgets the connection. */
  const finish = (connection: Connection, reason: 'connection-lost' | 'server-crash'): void => {
    if (connection.finished) return;
    connection.finished = true;
    connections.delete(connection);
    connection.pendingInput = '';
    connection.pendingOutput = '';
    if (connection.session.closed) return;
    try {
      report(connection, connection.session.abort(reason));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log(`bridge: ${connection.id}: engine error in abort: ${message.split('\n')[0] ?? ''}`);
    }
  };

  /** True while output is queued here or the socket asked us to wait for 'drain'. */
  const busy = (connection: Connection): boolean =>
    connection.pendingOutput.length > 0 || connection.socket.writableNeedDrain;

  /**
   * Hands queued output to the socket a chunk at a time until the socket
   * says it is full (write() returns false); 'drain' calls pump, which calls
   * this again. So the socket holds at most about one chunk beyond its own
   * high-water mark, whatever the size of the reply.
   */
  const flush = (connection: Connection): void => {
    const { socket } = connection;
    // Nothing more while the socket waits for 'drain' (the poller may call this too).
    while (connection.pendingOutput.length > 0 && !socket.writableNeedDrain) {
      if (!socket.writable) {
        connection.pendingOutput = '';
        return;
      }
      const chunk = connection.pendingOutput.slice(0, writeChunk);
      connection.pendingOutput = connection.pendingOutput.slice(chunk.length);
      const more = socket.write(Buffer.from(chunk, 'latin1'));
      if (socket.writableLength > peakUnsent) peakUnsent = socket.writableLength;
      if (!more) return;
    }
  };

  /** Queues a session's output and starts writing it; returns false when the session has closed itself. */
  const deliver = (connection: Connection, output: ServerOutput): boolean => {
    report(connection, output);
    if (output.send.length > 0) connection.pendingOutput += output.send;
    if (output.close) {
      // The session has closed itself (QUIT, autologout): its commit or abort is
      // done. The socket is ended once the last reply is written (see pump).
      connection.closeAfterOutput = true;
      connection.finished = true;
      connections.delete(connection);
      connection.pendingInput = '';
    }
    flush(connection);
    return !output.close;
  };

  /** Length of the next piece of input for the engine: up to and including the first LF, at most a slice. */
  const nextSlice = (input: Octets): number => {
    const lf = input.indexOf('\n');
    return lf < 0 || lf >= INPUT_SLICE_OCTETS ? Math.min(input.length, INPUT_SLICE_OCTETS) : lf + 1;
  };

  /**
   * Moves the connection forward: writes queued output, then feeds pending
   * input to the engine one line at a time while no reply waits to be
   * written. Reading from the peer pauses while a reply waits, so a client
   * that pipelines without reading is held back by TCP itself. Once input
   * and output are both done, a session that closed itself or a peer that
   * half-closed ends the socket.
   */
  const pump = (connection: Connection): void => {
    const { socket, session } = connection;
    flush(connection);
    while (!connection.finished && connection.pendingInput.length > 0 && !busy(connection)) {
      const slice = connection.pendingInput.slice(0, nextSlice(connection.pendingInput));
      connection.pendingInput = connection.pendingInput.slice(slice.length);
      let output: ServerOutput;
      try {
        output = session.receive(slice, now());
      } catch (error) {
        fail(connection, 'receive', error);
        return;
      }
      if (!deliver(connection, output)) break;
    }
    if (busy(connection)) {
      socket.pause();
      return;
    }
    if (connection.closeAfterOutput) {
      socket.end();
    } else if (connection.peerEnded && connection.pendingInput.length === 0) {
      // RFC 1939 §6: the peer hung up without QUIT: abort, nothing removed.
      finish(connection, 'connection-lost');
      socket.end();
    } else if (!connection.finished) {
      socket.resume();
    }
  };

  const accept = (socket: Socket): void => {
    serial++;
    const id = `tcp#${serial}`;
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    socket.on('error', () => {
      // ECONNRESET and friends: 'close' follows and aborts the session.
    });
    let session: ServerSession;
    try {
      session = options.createSession(options.office, {
        sessionId: id,
        ...(options.personality ? { personality: options.personality } : {}),
        ...(options.autologoutTicks !== undefined ? { autologoutTicks: options.autologoutTicks } : {}),
        ...options.sessionOptions,
        // RFC 1939 §7: the timestamp must differ for every greeting; the pid, connection and clock do that.
        apopTimestamp: `<${process.pid}.${serial}.${Date.now()}@${options.office.hostname}>`,
        today: Math.floor(now() / TICKS_PER_DAY),
        digests: NOBLE_DIGESTS, // APOP and CRAM-MD5 (src/protocol/digests.ts)
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log(`bridge: ${id}: cannot create session: ${message.split('\n')[0] ?? ''}`);
      socket.destroy();
      return;
    }
    const connection: Connection = { id, socket, session, pendingInput: '', pendingOutput: '', closeAfterOutput: false, peerEnded: false, finished: false };
    connections.add(connection);
    socket.setNoDelay(true);
    // Node refreshes this timer on every read and every completed write, so a
    // slow reader of a large message keeps its connection; only a peer that
    // makes no progress at all for the whole timeout is dropped.
    socket.setTimeout(socketTimeoutMs, () => {
      if (!connection.finished) log(`bridge: ${id}: no progress for ${socketTimeoutMs} ms; dropping`);
      finish(connection, 'connection-lost');
      socket.destroy();
    });
    socket.on('data', (data: Buffer) => {
      if (connection.finished) return;
      connection.pendingInput += data.toString('latin1');
      pump(connection);
    });
    socket.on('drain', () => pump(connection));
    // The peer half-closed (like nc after a piped session): its last commands
    // are still answered in full, then pump ends our side; 'close' follows.
    socket.on('end', () => {
      connection.peerEnded = true;
      pump(connection);
    });
    socket.on('close', () => finish(connection, 'connection-lost'));
    let greeting: ServerOutput;
    try {
      greeting = session.greet(now());
    } catch (error) {
      fail(connection, 'greet', error);
      return;
    }
    if (deliver(connection, greeting)) return;
    pump(connection);
  };

  const server: Server = createServer({ allowHalfOpen: true }, accept);
  server.on('error', (error) => log(`bridge: server error: ${error.message}`));

  const poller = setInterval(() => {
    const tick = now();
    for (const connection of [...connections]) {
      if (connection.finished || connection.session.closed) continue;
      let output: ServerOutput;
      try {
        output = connection.session.poll(tick);
      } catch (error) {
        fail(connection, 'poll', error);
        continue;
      }
      deliver(connection, output);
      pump(connection);
    }
  }, options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS);
  poller.unref();

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    clearInterval(poller);
    throw error;
  }
  const address = server.address() as AddressInfo;

  let closing: Promise<void> | undefined;
  return {
    host: address.address,
    port: address.port,
    get connectionCount() {
      return connections.size;
    },
    get peakUnsentOctets() {
      return peakUnsent;
    },
    close() {
      closing ??= new Promise<void>((resolve) => {
        clearInterval(poller);
        server.close(() => resolve());
        for (const connection of [...connections]) finish(connection, 'connection-lost');
        for (const socket of [...sockets]) socket.destroy();
      });
      return closing;
    },
  };
}

/** The server engine for each protocol, so callers can pick one by name (`serve --protocol`). */
export const SERVER_FACTORIES: Readonly<Record<Protocol, ServerSessionFactory>> = {
  pop3: createPop3Server,
  pop2: createPop2Server,
  pop1: createPop1Server,
};
