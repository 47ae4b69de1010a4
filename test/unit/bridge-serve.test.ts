/**
 * `npm run serve` (src/node/serve.ts): flag parsing, and the real script
 * spawned as a child process serving curl.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createPop3Server } from '../../src/protocol/pop3/server.ts';
import { describeEvent, maskCredentials, parseServeArgs } from '../../src/node/serve.ts';
import { startBridge, type RunningBridge } from '../../src/node/bridge.ts';
import { createDemoPostOffice, DEMO_MESSAGES, normaliseMessage } from '../../src/node/demo-maildrop.ts';
import { FIXTURE_DIR, fixtureMessages, login, RawSession, run } from './bridge-support.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const SERVE = join(ROOT, 'src', 'node', 'serve.ts');
const children: ChildProcess[] = [];
const bridges: RunningBridge[] = [];

afterAll(async () => {
  await Promise.all(bridges.splice(0).map((b) => b.close()));
  await Promise.all(
    children.splice(0).map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
          child.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
          child.kill('SIGTERM');
        }),
    ),
  );
});

/** Spawns serve and resolves with the port it prints, or rejects after a bounded wait. */
function spawnServe(args: readonly string[]): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(TSX, [SERVE, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => reject(new Error(`serve did not start; stderr ${stderr}`)), 30_000);
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout?.on('data', (d: Buffer) => {
      stdout += d.toString();
      const match = /^listening on 127\.0\.0\.1:(\d+)$/m.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve({ child, port: Number(match[1]) });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code}; stderr ${stderr}`));
    });
  });
}

describe('serve flags', () => {
  it('defaults: 127.0.0.1:1110, POP3, alice/secret, the demo maildrop, rfc personality', () => {
    expect(parseServeArgs([])).toEqual({
      kind: 'config',
      config: {
        host: '127.0.0.1',
        port: 1110,
        protocol: 'pop3',
        user: 'alice',
        password: 'secret',
        messagesDir: null,
        personality: { kind: 'rfc' },
        verbose: false,
      },
    });
  });

  it('--verbose logs commands with credentials masked', () => {
    expect(parseServeArgs(['--verbose'])).toMatchObject({ config: { verbose: true } });
    expect(maskCredentials('PASS secret')).toBe('PASS ***');
    expect(maskCredentials('APOP alice c4c9334bac560ecc979e58001b3e22fb')).toBe('APOP alice ***');
    expect(maskCredentials('AUTH PLAIN AGFsaWNlAHNlY3JldA==')).toBe('AUTH PLAIN ***');
    expect(maskCredentials('AUTH CRAM-MD5')).toBe('AUTH CRAM-MD5');
    expect(maskCredentials('HELO alice secret')).toBe('HELO alice ***');
    expect(maskCredentials('RETR 1')).toBe('RETR 1');
    expect(describeEvent({ type: 'command', keyword: 'PASS', line: 'PASS secret' })).toBe('C: PASS ***');
    expect(describeEvent({ type: 'removed', uid: 'u1', reason: 'update', rfc: 'RFC 1939 §6' })).toBe('removed u1 (update, RFC 1939 §6)');
  });

  it('reads every flag, including "--personality retention-days N" as two words', () => {
    const parsed = parseServeArgs([
      '--host', '0.0.0.0', '--port', '0', '--protocol', 'POP2', '--user', 'bob', '--password', 'pw',
      '--messages', 'dir', '--personality', 'retention-days', '30',
    ]);
    expect(parsed).toEqual({
      kind: 'config',
      config: {
        host: '0.0.0.0',
        port: 0,
        protocol: 'pop2',
        user: 'bob',
        password: 'pw',
        messagesDir: 'dir',
        personality: { kind: 'retention-days', days: 30 },
        verbose: false,
      },
    });
    expect(parseServeArgs(['--personality=retention-days:7'])).toMatchObject({ config: { personality: { kind: 'retention-days', days: 7 } } });
    expect(parseServeArgs(['--help'])).toEqual({ kind: 'help' });
  });

  it.each([
    [['--port', 'abc'], /--port/],
    [['--port', '70000'], /--port/],
    [['--protocol', 'pop9'], /--protocol/],
    [['--personality', 'nice'], /unknown personality/],
    [['--bogus'], /bogus/],
    [['--user', 'a b'], /--user/],
    [['stray'], /unexpected argument/],
  ])('rejects %j with a clear message', (args, message) => {
    const parsed = parseServeArgs(args);
    expect(parsed.kind).toBe('error');
    if (parsed.kind === 'error') expect(parsed.message).toMatch(message);
  });

  it('the script exits with status 2 and a message on a bad flag, 0 with usage on --help', async () => {
    const bad = await run(TSX, [SERVE, '--port', 'nope']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--port: "nope" is not a port number/);
    const missing = await run(TSX, [SERVE, '--messages', join(FIXTURE_DIR, 'no-such-dir')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read message directory/);
    const help = await run(TSX, [SERVE, '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout.toString()).toMatch(/^Usage: npm run serve/);
  });
});

describe('serve as a child process', () => {
  it('reports a port already in use and exits with status 1', async () => {
    const busy = await startBridge({ office: createDemoPostOffice(), createSession: createPop3Server });
    bridges.push(busy);
    const result = await run(TSX, [SERVE, '--port', String(busy.port)]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`cannot listen on 127\\.0\\.0\\.1:${busy.port}: .*EADDRINUSE`));
  });

  it('prints "listening on" for --port 0 and serves the --messages files to curl byte for byte', async () => {
    const { port } = await spawnServe(['--port', '0', '--messages', FIXTURE_DIR]);
    const expected = fixtureMessages();
    const list = await run('curl', ['-s', '--max-time', '10', `pop3://127.0.0.1:${port}/`, '-u', 'alice:secret']);
    expect(list.stdout.toString('latin1')).toBe(expected.map((m, i) => `${i + 1} ${m.length}\r\n`).join(''));
    const retr = await run('curl', ['-s', '--max-time', '10', `pop3://127.0.0.1:${port}/4`, '-u', 'alice:secret']);
    expect(retr.stdout.toString('latin1')).toBe(expected[3]);
  });

  it('serves the built-in demo maildrop with --user and --password', async () => {
    const { port } = await spawnServe(['--port', '0', '--user', 'carol', '--password', 'pw']);
    const session = await RawSession.open(port);
    try {
      expect(await login(session, 'carol', 'pw')).toMatch(/^\+OK/);
      const total = DEMO_MESSAGES.reduce((sum, m) => sum + normaliseMessage(m).length, 0);
      expect(await session.command('STAT')).toBe(`+OK ${DEMO_MESSAGES.length} ${total}`);
      session.send('RETR 2\r\n');
      const reply = await session.multiline();
      expect(reply).toContain('\r\n..profile and .bashrc');
    } finally {
      session.destroy();
    }
  });
});

describe('serve --protocol', () => {
  it.each([
    ['pop2', 'HELO alice secret', /^#4$/],
    ['pop1', 'USER alice', /^\+OK/],
  ])('--protocol %s serves that protocol to a raw session', async (protocol, first, reply) => {
    const { port } = await spawnServe(['--port', '0', '--protocol', protocol, '--messages', FIXTURE_DIR]);
    const session = await RawSession.open(port);
    try {
      expect(await session.line()).toMatch(protocol === 'pop2' ? /^\+ POP2/ : /^\+OK POP1/);
      expect(await session.command(first)).toMatch(reply);
    } finally {
      session.destroy();
    }
  });
});

describe('demo maildrop', () => {
  it('holds 3-4 CRLF messages, one with a line starting with "." and one with several paragraphs', () => {
    expect(DEMO_MESSAGES.length).toBeGreaterThanOrEqual(3);
    expect(DEMO_MESSAGES.length).toBeLessThanOrEqual(4);
    const stored = createDemoPostOffice().account('alice')?.maildrop.messages ?? [];
    expect(stored).toHaveLength(DEMO_MESSAGES.length);
    for (const message of stored) {
      expect(message.octets).not.toMatch(/(^|[^\r])\n/);
      expect(message.octets.endsWith('\r\n')).toBe(true);
      expect(message.octets).toMatch(/\r\n\r\n/);
    }
    expect(stored.some((m) => /\r\n\./.test(m.octets))).toBe(true);
    expect(stored.some((m) => m.octets.split('\r\n\r\n').length >= 4)).toBe(true);
  });

  it('a --personality reaches the sessions: no-uidl answers UIDL with -ERR (RFC 1939 §7 optional)', async () => {
    const bridge = await startBridge({
      office: createDemoPostOffice(),
      createSession: createPop3Server,
      personality: { kind: 'no-uidl' },
    });
    bridges.push(bridge);
    const session = await RawSession.open(bridge.port);
    try {
      expect(await login(session)).toMatch(/^\+OK/);
      expect(await session.command('UIDL')).toMatch(/^-ERR/);
    } finally {
      session.destroy();
    }
  });
});
