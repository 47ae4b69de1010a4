/**
 * Helpers for the bridge tests: a telnet-style raw socket session, child
 * processes with timeouts, and the fixture messages in CRLF form.
 */
import { connect, type Socket } from 'node:net';
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toCrlf, type Octets } from '../../src/protocol/octets.ts';

export const FIXTURE_DIR = join(import.meta.dirname, '..', 'fixtures', 'messages');

/** The fixture messages as the server must send them: CRLF form, in file-name order. */
export function fixtureMessages(): Octets[] {
  return readdirSync(FIXTURE_DIR)
    .filter((name) => !name.startsWith('.'))
    .sort()
    .map((name) => toCrlf(readFileSync(join(FIXTURE_DIR, name)).toString('latin1')));
}

export const TERMINATOR_LINE = '\r\n.\r\n';

/** A raw socket session, like telnet: send lines, read replies, bounded by timeouts. */
export class RawSession {
  #buffer = '';
  #closed = false;
  #waiters: Array<() => void> = [];

  private constructor(readonly socket: Socket) {
    socket.on('data', (data: Buffer) => {
      this.#buffer += data.toString('latin1');
      this.#wake();
    });
    socket.on('error', () => {
      // 'close' follows.
    });
    socket.on('close', () => {
      this.#closed = true;
      this.#wake();
    });
  }

  static open(port: number, options: { allowHalfOpen?: boolean } = {}): Promise<RawSession> {
    return new Promise((resolve, reject) => {
      const socket = connect({ host: '127.0.0.1', port, allowHalfOpen: options.allowHalfOpen ?? false });
      socket.once('connect', () => resolve(new RawSession(socket)));
      socket.once('error', reject);
    });
  }

  get closed(): boolean {
    return this.#closed;
  }

  /** Everything received and not yet consumed. */
  get pending(): Octets {
    return this.#buffer;
  }

  send(octets: Octets): void {
    this.socket.write(Buffer.from(octets, 'latin1'));
  }

  /**
   * Waits until `end(buffer)` returns the length of a complete item, then
   * consumes and returns it. Rejects on timeout or when the peer closes first.
   */
  read(end: (buffer: Octets) => number, timeoutMs = 5000): Promise<Octets> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#waiters = this.#waiters.filter((w) => w !== check);
        reject(new Error(`timed out waiting for a reply; have ${JSON.stringify(this.#buffer.slice(0, 200))}`));
      }, timeoutMs);
      const check = (): void => {
        const length = end(this.#buffer);
        if (length >= 0) {
          const item = this.#buffer.slice(0, length);
          this.#buffer = this.#buffer.slice(length);
          this.#waiters = this.#waiters.filter((w) => w !== check);
          clearTimeout(timer);
          resolve(item);
        } else if (this.#closed) {
          this.#waiters = this.#waiters.filter((w) => w !== check);
          clearTimeout(timer);
          reject(new Error(`connection closed; have ${JSON.stringify(this.#buffer.slice(0, 200))}`));
        }
      };
      this.#waiters.push(check);
      check();
    });
  }

  /** One status line, without its CRLF. */
  async line(timeoutMs?: number): Promise<Octets> {
    const item = await this.read((b) => {
      const i = b.indexOf('\r\n');
      return i < 0 ? -1 : i + 2;
    }, timeoutMs);
    return item.slice(0, -2);
  }

  /** A whole multi-line reply, status line through the terminating `.` CRLF. */
  multiline(timeoutMs?: number): Promise<Octets> {
    return this.read((b) => {
      const first = b.indexOf('\r\n');
      if (first < 0) return -1;
      if (!b.startsWith('+')) return first + 2; // an -ERR has no data lines
      const end = b.indexOf(TERMINATOR_LINE, first);
      return end < 0 ? -1 : end + TERMINATOR_LINE.length;
    }, timeoutMs);
  }

  async command(line: Octets): Promise<Octets> {
    this.send(`${line}\r\n`);
    return this.line();
  }

  /** Resolves once the peer has closed the connection (bounded). */
  waitClosed(timeoutMs = 5000): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('timed out waiting for the server to close')), timeoutMs);
      const check = (): void => {
        if (this.#closed) {
          clearTimeout(timer);
          this.#waiters = this.#waiters.filter((w) => w !== check);
          resolve();
        }
      };
      this.#waiters.push(check);
      check();
    });
  }

  destroy(): void {
    this.socket.destroy();
  }

  #wake(): void {
    for (const waiter of [...this.#waiters]) waiter();
  }
}

/** Logs in as alice/secret with USER and PASS; returns the PASS reply. */
export async function login(session: RawSession, user = 'alice', password = 'secret'): Promise<Octets> {
  const greeting = await session.line();
  if (!greeting.startsWith('+OK')) throw new Error(`unexpected greeting ${greeting}`);
  const userReply = await session.command(`USER ${user}`);
  if (!userReply.startsWith('+OK')) throw new Error(`USER refused: ${userReply}`);
  return session.command(`PASS ${password}`);
}

export interface RunResult {
  readonly code: number | null;
  readonly stdout: Buffer;
  readonly stderr: string;
}

/** Runs a program with a timeout; never rejects on a non-zero exit. */
export function run(file: string, args: readonly string[], timeoutMs = 15_000): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    execFile(file, [...args], { timeout: timeoutMs, encoding: 'buffer', maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') {
        reject(new Error(`${file} failed: ${error.message}; stderr ${stderr.toString('latin1')}`));
        return;
      }
      resolve({ code: error ? (error.code as number) : 0, stdout, stderr: stderr.toString('latin1') });
    });
  });
}

/** A deterministic byte generator for junk input (no Math.random in tests either). */
export function junkOctets(count: number, seed: number): Octets {
  let state = seed >>> 0;
  let out = '';
  for (let i = 0; i < count; i++) {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    out += String.fromCharCode(state >>> 24);
  }
  return out;
}
