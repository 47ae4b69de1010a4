/**
 * The TCP bridge against real clients: curl, Python's poplib and raw
 * telnet-style sockets, each talking to the POP3 engine over loopback.
 */
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createPop3Server } from '../../src/protocol/pop3/server.ts';
import type { ServerSession } from '../../src/protocol/engine.ts';
import { startBridge, type BridgeOptions, type RunningBridge, type ServerSessionFactory } from '../../src/node/bridge.ts';
import { createDemoPostOffice, loadMessagesFromDir } from '../../src/node/demo-maildrop.ts';
import { FIXTURE_DIR, fixtureMessages, junkOctets, login, RawSession, run } from './bridge-support.ts';

const EXPECTED = fixtureMessages();
const bridges: RunningBridge[] = [];
const sessions: RawSession[] = [];

async function bridge(extra: Partial<BridgeOptions> = {}): Promise<RunningBridge> {
  const office = createDemoPostOffice({ messages: loadMessagesFromDir(FIXTURE_DIR) });
  const running = await startBridge({ office, createSession: createPop3Server, port: 0, ...extra });
  bridges.push(running);
  return running;
}

async function open(port: number, options: { allowHalfOpen?: boolean } = {}): Promise<RawSession> {
  const session = await RawSession.open(port, options);
  sessions.push(session);
  return session;
}

afterEach(() => {
  for (const session of sessions.splice(0)) session.destroy();
});

afterAll(async () => {
  await Promise.all(bridges.splice(0).map((b) => b.close()));
});

function curl(port: number, path: string, ...args: string[]): ReturnType<typeof run> {
  return run('curl', ['-s', '--max-time', '10', `pop3://127.0.0.1:${port}/${path}`, '-u', 'alice:secret', ...args]);
}

describe('bridge with curl', () => {
  it('RFC 1939 §5 LIST: curl lists every message with its CRLF size', async () => {
    const { port } = await bridge();
    const result = await curl(port, '');
    expect(result.code).toBe(0);
    const expected = EXPECTED.map((m, i) => `${i + 1} ${m.length}\r\n`).join('');
    expect(result.stdout.toString('latin1')).toBe(expected);
  });

  it('RFC 1939 §5 RETR and §3 byte-stuffing: curl retrieves each message byte for byte', async () => {
    const { port } = await bridge();
    for (const [i, message] of EXPECTED.entries()) {
      const result = await curl(port, String(i + 1));
      expect(result.code).toBe(0);
      expect(result.stdout.toString('latin1')).toBe(message);
    }
  });

  it('RFC 1939 §7 UIDL and TOP: curl -X UIDL and -X "TOP 1 0"', async () => {
    const { port } = await bridge();
    const uidl = (await curl(port, '', '-X', 'UIDL')).stdout.toString('latin1');
    const lines = uidl.split('\r\n').filter((l) => l.length > 0);
    expect(lines.map((l) => l.split(' ')[0])).toEqual(EXPECTED.map((_, i) => String(i + 1)));
    const uids = lines.map((l) => l.split(' ')[1] ?? '');
    expect(new Set(uids).size).toBe(EXPECTED.length);
    for (const uid of uids) expect(uid).toMatch(/^[\x21-\x7e]{1,70}$/);

    const top = (await curl(port, '', '-X', 'TOP 1 0')).stdout.toString('latin1');
    const first = EXPECTED[0] ?? '';
    const headerEnd = first.indexOf('\r\n\r\n');
    expect(top).toBe(first.slice(0, headerEnd + 4));
  });

  it('RFC 1939 §6: DELE 1 via curl then QUIT removes message 1 for the next connection', async () => {
    const { port } = await bridge();
    const dele = await curl(port, '', '-X', 'DELE 1', '-I');
    expect(dele.code).toBe(0);
    const list = (await curl(port, '')).stdout.toString('latin1');
    expect(list).toBe(EXPECTED.slice(1).map((m, i) => `${i + 1} ${m.length}\r\n`).join(''));
    expect((await curl(port, '1')).stdout.toString('latin1')).toBe(EXPECTED[1]);
  });
});

describe('bridge with Python poplib', () => {
  it('RFC 1939 §5: STAT, LIST, UIDL, RETR, DELE, RSET, QUIT byte-exact', async () => {
    const { port } = await bridge();
    const script = new URL('../fixtures/poplib_session.py', import.meta.url).pathname;
    const result = await run('python3', [script, '127.0.0.1', String(port), 'alice', 'secret']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout.toString('utf8')) as {
      welcome: string;
      stat: [number, number];
      list: string[];
      uidl: string[];
      retr: Array<{ resp: string; base64: string }>;
      dele1: string;
      rset: string;
      stat_after_rset: [number, number];
      dele1_again: string;
      quit: string;
    };
    const total = EXPECTED.reduce((sum, m) => sum + m.length, 0);
    expect(out.welcome).toMatch(/^\+OK/);
    expect(out.stat).toEqual([EXPECTED.length, total]);
    expect(out.list).toEqual(EXPECTED.map((m, i) => `${i + 1} ${m.length}`));
    expect(out.uidl).toHaveLength(EXPECTED.length);
    expect(out.retr.map((r) => Buffer.from(r.base64, 'base64').toString('latin1'))).toEqual(EXPECTED);
    expect(out.dele1).toMatch(/^\+OK/);
    expect(out.rset).toMatch(/^\+OK/);
    expect(out.stat_after_rset).toEqual([EXPECTED.length, total]);
    expect(out.quit).toMatch(/^\+OK/);

    // The second DELE 1 was committed by QUIT: a new session sees the rest.
    const session = await open(port);
    expect(await login(session)).toMatch(/^\+OK/);
    expect(await session.command('STAT')).toBe(`+OK ${EXPECTED.length - 1} ${total - (EXPECTED[0] ?? '').length}`);
  });
});

describe('bridge with a raw socket (telnet-style)', () => {
  it('RFC 1939 §3: USER, PASS, STAT, RETR with stuffed dots on the wire, QUIT closes', async () => {
    const { port } = await bridge();
    const session = await open(port);
    expect(await login(session)).toMatch(/^\+OK/);
    const total = EXPECTED.reduce((sum, m) => sum + m.length, 0);
    expect(await session.command('STAT')).toBe(`+OK ${EXPECTED.length} ${total}`);
    session.send('RETR 2\r\n');
    const reply = await session.multiline();
    const body = reply.slice(reply.indexOf('\r\n') + 2);
    const dotted = EXPECTED[1] ?? '';
    // Every line that begins with "." goes out with one more "." (RFC 1939 §3).
    expect(body).toBe(dotted.replace(/^\./gm, '..') + '.\r\n');
    expect(body).toContain('\r\n...double dots');
    expect(await session.command('QUIT')).toMatch(/^\+OK/);
    await session.waitClosed();
  });

  it('survives 1000 junk octets, an over-long line and keeps serving others', async () => {
    const { port } = await bridge();
    const junk = await open(port);
    await junk.line();
    junk.send(junkOctets(1000, 0x5eed));
    junk.send('\r\nQUIT\r\n');
    await junk.waitClosed();
    // Every junk line got -ERR; the QUIT got +OK and closed the connection.
    const replies = junk.pending.split('\r\n').filter((l) => l.length > 0);
    expect(replies.length).toBeGreaterThan(1);
    expect(replies.slice(0, -1).every((l) => l.startsWith('-ERR'))).toBe(true);
    expect(replies.at(-1)).toMatch(/^\+OK/);

    const long = await open(port);
    await long.line();
    long.send(`${'A'.repeat(10_000)}\r\n`);
    expect(await long.line()).toMatch(/^-ERR/);
    expect(await long.command('NOOP')).toMatch(/^-ERR|^\+OK/);
    expect(await long.command('USER alice')).toMatch(/^\+OK/);
    expect(await long.command('PASS secret')).toMatch(/^\+OK/);
    expect(await long.command('QUIT')).toMatch(/^\+OK/);

    const fresh = await open(port);
    expect(await login(fresh)).toMatch(/^\+OK/);
    expect(await fresh.command('STAT')).toMatch(/^\+OK 4 /);
  });

  it('RFC 1939 §4 [IN-USE]: a second concurrent login is refused while the first holds the lock', async () => {
    const { port } = await bridge();
    const first = await open(port);
    expect(await login(first)).toMatch(/^\+OK/);
    const second = await open(port);
    expect(await login(second)).toMatch(/^-ERR \[IN-USE\]/);
    expect(await first.command('QUIT')).toMatch(/^\+OK/);
    await first.waitClosed();
    const third = await open(port);
    expect(await login(third)).toMatch(/^\+OK/);
  });

  it('RFC 1939 §6: DELE then QUIT persists; DELE then a dropped connection removes nothing', async () => {
    const { port } = await bridge();
    const dropped = await open(port);
    expect(await login(dropped)).toMatch(/^\+OK/);
    expect(await dropped.command('DELE 1')).toMatch(/^\+OK/);
    dropped.destroy();
    await dropped.waitClosed();

    // The lock is released by the abort, so the next login may have to wait for the server to see the drop.
    const check = await loginEventually(port);
    expect(await check.command('STAT')).toMatch(new RegExp(`^\\+OK ${EXPECTED.length} `));
    expect(await check.command('DELE 1')).toMatch(/^\+OK/);
    expect(await check.command('QUIT')).toMatch(/^\+OK/);
    await check.waitClosed();

    const after = await open(port);
    expect(await login(after)).toMatch(/^\+OK/);
    expect(await after.command('STAT')).toMatch(new RegExp(`^\\+OK ${EXPECTED.length - 1} `));
    after.send('RETR 1\r\n');
    const reply = await after.multiline();
    expect(reply.slice(reply.indexOf('\r\n') + 2)).toBe((EXPECTED[1] ?? '').replace(/^\./gm, '..') + '.\r\n');
  });

  it('RFC 2449 §6.6: a whole session piped in one write then half-closed (like nc) is answered and committed', async () => {
    const { port } = await bridge();
    const piped = await open(port, { allowHalfOpen: true });
    piped.send('USER alice\r\nPASS secret\r\nDELE 1\r\nQUIT\r\n');
    piped.socket.end();
    await piped.waitClosed();
    const replies = piped.pending.split('\r\n').filter((l) => l.length > 0);
    expect(replies).toHaveLength(5);
    expect(replies.every((l) => l.startsWith('+OK'))).toBe(true);
    const next = await open(port);
    expect(await login(next)).toMatch(/^\+OK/);
    expect(await next.command('STAT')).toMatch(new RegExp(`^\\+OK ${EXPECTED.length - 1} `));
  });

  it('a peer that half-closes its side is aborted: the lock is released, nothing removed', async () => {
    const { port } = await bridge();
    const half = await open(port, { allowHalfOpen: true });
    expect(await login(half)).toMatch(/^\+OK/);
    expect(await half.command('DELE 1')).toMatch(/^\+OK/);
    half.socket.end();
    await half.waitClosed();

    const next = await loginEventually(port);
    expect(await next.command('STAT')).toMatch(new RegExp(`^\\+OK ${EXPECTED.length} `));
  });

  it('an idle socket is destroyed after the socket timeout and its lock released', async () => {
    const { port } = await bridge({ socketTimeoutMs: 1500 });
    const idle = await open(port);
    expect(await login(idle)).toMatch(/^\+OK/);
    await idle.waitClosed();
    const next = await open(port);
    expect(await login(next)).toMatch(/^\+OK/);
  });

  it('RFC 1939 §3 autologout: the poll closes an idle session without UPDATE', async () => {
    const { port } = await bridge({ autologoutTicks: 1500, pollIntervalMs: 50 });
    const idle = await open(port);
    expect(await login(idle)).toMatch(/^\+OK/);
    expect(await idle.command('DELE 1')).toMatch(/^\+OK/);
    await idle.waitClosed();
    const next = await open(port);
    expect(await login(next)).toMatch(/^\+OK/);
    expect(await next.command('STAT')).toMatch(new RegExp(`^\\+OK ${EXPECTED.length} `));
  });

  it('a peer that pipelines commands but never reads is throttled; others are still served', async () => {
    const office = createDemoPostOffice({ messages: loadMessagesFromDir(FIXTURE_DIR) });
    office.addAccount('bob', 'hunter2').maildrop.deliver('Subject: hi\r\n\r\nhello bob\r\n');
    const logged: string[] = [];
    const running = await startBridge({ office, createSession: createPop3Server, log: (line) => logged.push(line) });
    bridges.push(running);
    const flooder = await open(running.port);
    flooder.socket.pause();
    flooder.send('USER alice\r\nPASS secret\r\n');
    // About 400 kB of pipelined RETRs, each answered with about 600 octets: 30 MB if all were answered at once.
    flooder.send('RETR 1\r\n'.repeat(50_000));
    const other = await open(running.port);
    expect(await login(other, 'bob', 'hunter2')).toMatch(/^\+OK/);
    expect(await other.command('STAT')).toMatch(/^\+OK 1 /);
    expect(await other.command('QUIT')).toMatch(/^\+OK/);
    // Input is fed one command at a time and only while no reply waits, so the
    // socket never held more than a write chunk or two of unread output.
    expect(logged).toEqual([]);
    expect(running.peakUnsentOctets).toBeLessThanOrEqual(256 * 1024);
    expect(running.connectionCount).toBeGreaterThanOrEqual(1);
    flooder.destroy();
  });
});

const TEXT_ROW = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-+=_abcdefghijklmnopqrstuvwxyz0123456789';

/** A deterministic CRLF message of about `octets` octets, with dot-led lines so RETR must byte-stuff (RFC 1939 §3). */
function bigMessage(octets: number): string {
  const lines = ['Subject: a large attachment', 'Content-Type: text/plain', ''];
  let size = 0;
  for (let i = 0; size < octets; i++) {
    const line = i % 97 === 0 ? `.${i} a line starting with a dot` : `${i} ${TEXT_ROW.slice(i % 53, (i % 53) + 10 + (i % 50))}`;
    lines.push(line);
    size += line.length + 2;
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** Compares a file with the expected octets a chunk at a time, so the test never holds a second copy. */
async function sameOctets(path: string, expected: string): Promise<{ equal: boolean; size: number }> {
  let offset = 0;
  let equal = true;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    if (equal && !chunk.equals(Buffer.from(expected.slice(offset, offset + chunk.length), 'latin1'))) equal = false;
    offset += chunk.length;
  }
  return { equal: equal && offset === expected.length, size: offset };
}

describe('bridge with large messages (back-pressure)', () => {
  it('RFC 1939 §5 RETR: curl retrieves a 40 MB message byte for byte; unsent output stays a few chunks', async () => {
    const message = bigMessage(40 * 1024 * 1024);
    const logged: string[] = [];
    const office = createDemoPostOffice({ messages: [message] });
    const running = await startBridge({ office, createSession: createPop3Server, log: (line) => logged.push(line) });
    bridges.push(running);
    const dir = mkdtempSync(join(tmpdir(), 'pop-lab-big-'));
    try {
      const file = join(dir, 'message.eml');
      const result = await run('curl', ['-s', '--max-time', '120', `pop3://127.0.0.1:${running.port}/1`, '-u', 'alice:secret', '-o', file], 130_000);
      expect(result.code).toBe(0);
      const { equal, size } = await sameOctets(file, message);
      expect(size).toBe(message.length);
      expect(equal).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(logged).toEqual([]);
    expect(running.peakUnsentOctets).toBeLessThanOrEqual(256 * 1024);
  }, 150_000);

  it('a slow reader of a large message is served in full; only a peer that makes no progress is dropped', async () => {
    // Larger than loopback's socket buffers, so the bridge still has output
    // waiting while the reader pauses (a small message would sit entirely in
    // the kernel and the bridge could not tell a slow reader from an idle one).
    const message = bigMessage(16 * 1024 * 1024);
    const logged: string[] = [];
    const office = createDemoPostOffice({ messages: [message] });
    const running = await startBridge({ office, createSession: createPop3Server, socketTimeoutMs: 3000, log: (line) => logged.push(line) });
    bridges.push(running);

    // The slow reader stops for 250 ms after every 1.5 MB: well under the timeout each time.
    const slow = await open(running.port);
    expect(await login(slow)).toMatch(/^\+OK/);
    const socket = slow.socket;
    socket.removeAllListeners('data'); // counted here, not buffered by RawSession
    let received = 0;
    let tail = '';
    let pauses = 0;
    let sincePause = 0;
    // QUIT is pipelined, so the server closes after its +OK to QUIT (RFC 1939 §6).
    const done = new Promise<void>((resolve) => {
      socket.once('close', () => resolve());
      socket.on('data', (data: Buffer) => {
        received += data.length;
        tail = (tail + data.toString('latin1')).slice(-200);
        sincePause += data.length;
        if (sincePause < 1.5 * 1024 * 1024) return;
        sincePause = 0;
        pauses++;
        socket.pause();
        setTimeout(() => socket.resume(), 250);
      });
    });
    socket.write('RETR 1\r\nQUIT\r\n');
    await done;
    const dots = message.split('\r\n').filter((line) => line.startsWith('.')).length;
    const quitReply = tail.slice(tail.lastIndexOf('\r\n.\r\n') + 5);
    expect(quitReply).toMatch(/^\+OK.*\r\n$/);
    expect(received).toBe(`+OK ${message.length} octets\r\n`.length + message.length + dots + 3 + quitReply.length);
    expect(pauses).toBeGreaterThan(5);

    // The stalled reader asks for the message and never reads: dropped after the timeout, lock released.
    const stalled = await open(running.port);
    expect(await login(stalled)).toMatch(/^\+OK/);
    stalled.socket.pause();
    stalled.send('RETR 1\r\n');
    // A paused socket does not read, so it cannot see the reset itself: watch the bridge instead.
    for (let i = 0; i < 200 && logged.length === 0; i++) await new Promise((r) => setTimeout(r, 50));
    expect(logged).toEqual([expect.stringMatching(/^bridge: tcp#2: no progress for 3000 ms; dropping$/)]);
    expect(running.peakUnsentOctets).toBeLessThanOrEqual(256 * 1024);
    const next = await open(running.port);
    expect(await login(next)).toMatch(/^\+OK/);
  }, 90_000);
});

describe('bridge containment of engine bugs', () => {
  it('an engine that throws loses only its own connection, logs one line, and the lock is released', async () => {
    const logged: string[] = [];
    const buggy: ServerSessionFactory = (office, options) => {
      const inner: ServerSession = createPop3Server(office, options);
      return {
        get protocol() {
          return inner.protocol;
        },
        get state() {
          return inner.state;
        },
        get closed() {
          return inner.closed;
        },
        greet: (now) => inner.greet(now),
        receive: (octets, now) => {
          if (octets.includes('CRASH')) throw new Error('simulated engine bug');
          return inner.receive(octets, now);
        },
        poll: (now) => inner.poll(now),
        abort: (reason) => inner.abort(reason),
      };
    };
    const { port } = await bridge({ createSession: buggy, log: (line) => logged.push(line) });
    const victim = await open(port);
    expect(await login(victim)).toMatch(/^\+OK/);
    victim.send('CRASH\r\n');
    await victim.waitClosed();
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/engine error in receive: simulated engine bug/);

    const next = await open(port);
    expect(await login(next)).toMatch(/^\+OK/);
    expect(await next.command('STAT')).toMatch(/^\+OK 4 /);
  });
});

/**
 * Opens a session and logs in, retrying on [IN-USE] a bounded number of times:
 * the server learns of a dropped connection asynchronously, so the lock may
 * still be held for a moment after our side closed.
 */
async function loginEventually(port: number): Promise<RawSession> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const session = await open(port);
    const reply = await login(session);
    if (reply.startsWith('+OK')) return session;
    expect(reply).toMatch(/^-ERR \[IN-USE\]/);
    session.destroy();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('maildrop stayed locked');
}
