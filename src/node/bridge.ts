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
 *   fed to the engine in small slices and reading pauses while the peer is
 *   not reading our replies; a connection whose unread output passes
 *   `maxBufferedWriteOctets` is dropped; an idle or half-open socket is
 *   destroyed a little after the autologout time.
 * - Engines throw only on caller bugs. Such a throw is caught per
 *   connection, logged as one line, and that socket is destroyed; the
 *   bridge keeps serving everyone else.
 */
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import '../protocol/digests-static.ts'; // APOP and CRAM-MD5 work at once in Node (src/protocol/digests.ts)
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
  /** Unread output allowed per connection before it is dropped. Default 4 MiB. */
  readonly maxBufferedWriteOctets?: number;
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
  /** Stops listening, drops every connection (sessions aborted, nothing removed), resolves when closed. */
  close(): Promise<void>;
}

/** Input is handed to the engine this many octets at a time, so replies can be throttled. */
const INPUT_SLICE_OCTETS = 1024;
/** Stop feeding input while this much output waits for the peer to read it. */
const WRITE_HIGH_WATER_OCTETS = 256 * 1024;
const DEFAULT_MAX_BUFFERED_WRITE_OCTETS = 4 * 1024 * 1024;
const DEFAULT_POLL_INTERVAL_MS = 1000;
const SOCKET_TIMEOUT_MARGIN_MS = 30_000;

interface Connection {
  readonly id: string;
  readonly socket: Socket;
  readonly session: ServerSession;
  /** Input received but not yet given to the engine (while the peer is not reading). */
  pendingInput: Octets;
  finished: boolean;
}

export async function startBridge(options: BridgeOptions): Promise<RunningBridge> {
  const host = options.host ?? '127.0.0.1';
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const maxBufferedWrite = options.maxBufferedWriteOctets ?? DEFAULT_MAX_BUFFERED_WRITE_OCTETS;
  const autologoutMs = options.autologoutTicks ?? MIN_AUTOLOGOUT_TICKS;
  const socketTimeoutMs = options.socketTimeoutMs ?? autologoutMs + SOCKET_TIMEOUT_MARGIN_MS;
  const startedAt = performance.now();
  const now = (): number => Math.floor(performance.now() - startedAt);
  const connections = new Set<Connection>();
  /** Every open socket, including ones whose session has closed but whose peer has not yet hung up. */
  const sockets = new Set<Socket>();
  let serial = 0;

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
    if (connection.session.closed) return;
    try {
      report(connection, connection.session.abort(reason));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log(`bridge: ${connection.id}: engine error in abort: ${message.split('\n')[0] ?? ''}`);
    }
  };

  /** Writes a session's output; returns false when the connection is done. */
  const deliver = (connection: Connection, output: ServerOutput): boolean => {
    report(connection, output);
    const { socket } = connection;
    if (output.send.length > 0 && socket.writable) socket.write(Buffer.from(output.send, 'latin1'));
    if (output.close) {
      // The session has closed itself (QUIT, autologout): its commit or abort is done.
      connection.finished = true;
      connections.delete(connection);
      socket.end();
      return false;
    }
    if (socket.writableLength > maxBufferedWrite) {
      log(`bridge: ${connection.id}: peer is not reading (${socket.writableLength} octets unread); dropping`);
      finish(connection, 'connection-lost');
      socket.destroy();
      return false;
    }
    return true;
  };

  /** Feeds pending input to the engine a slice at a time while the peer keeps up. */
  const pump = (connection: Connection): void => {
    const { socket, session } = connection;
    while (!connection.finished && connection.pendingInput.length > 0) {
      if (socket.writableLength > WRITE_HIGH_WATER_OCTETS) {
        socket.pause();
        return;
      }
      const slice = connection.pendingInput.slice(0, INPUT_SLICE_OCTETS);
      connection.pendingInput = connection.pendingInput.slice(slice.length);
      let output: ServerOutput;
      try {
        output = session.receive(slice, now());
      } catch (error) {
        fail(connection, 'receive', error);
        return;
      }
      if (!deliver(connection, output)) return;
    }
    if (!connection.finished) socket.resume();
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
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log(`bridge: ${id}: cannot create session: ${message.split('\n')[0] ?? ''}`);
      socket.destroy();
      return;
    }
    const connection: Connection = { id, socket, session, pendingInput: '', finished: false };
    connections.add(connection);
    socket.setNoDelay(true);
    socket.setTimeout(socketTimeoutMs, () => {
      finish(connection, 'connection-lost');
      socket.destroy();
    });
    socket.on('data', (data: Buffer) => {
      if (connection.finished) return;
      connection.pendingInput += data.toString('latin1');
      pump(connection);
    });
    socket.on('drain', () => pump(connection));
    // 'end' (the peer half-closed) ends our side too (allowHalfOpen is false); 'close' always follows.
    socket.on('close', () => finish(connection, 'connection-lost'));
    let greeting: ServerOutput;
    try {
      greeting = session.greet(now());
    } catch (error) {
      fail(connection, 'greet', error);
      return;
    }
    deliver(connection, greeting);
  };

  const server: Server = createServer({ allowHalfOpen: false }, accept);
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
