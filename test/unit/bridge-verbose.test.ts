/**
 * `npm run serve -- --verbose` must never write a credential to its log
 * (issue 10 item 3): every AUTH / APOP / PASS / HELO path, right or wrong,
 * on one line or as a SASL continuation (RFC 5034 §4), is driven over TCP
 * and the log is searched for the secret, its base64 and the digests.
 */
import { NOBLE_DIGESTS } from '../../src/protocol/digests-noble.ts';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startBridge, type RunningBridge } from '../../src/node/bridge.ts';
import { createPop1Server } from '../../src/protocol/pop1/server.ts';
import { createPop2Server } from '../../src/protocol/pop2/server.ts';
import { createDemoPostOffice } from '../../src/node/demo-maildrop.ts';
import { describeEvent } from '../../src/node/serve.ts';
import { apopDigest, buildCramResponse, buildPlain, cramMd5Digest, encodeBase64 } from '../../src/protocol/sasl.ts';
import { RawSession } from './bridge-support.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const SERVE = join(ROOT, 'src', 'node', 'serve.ts');
const USER = 'alice';
const SECRET = 'Tr0ub4dor&3horse';
const WRONG = 'c0rrectHorseBattery';
const children: ChildProcess[] = [];
const bridges: RunningBridge[] = [];

afterAll(async () => {
  await Promise.all(bridges.splice(0).map((b) => b.close()));
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

/** Everything that could reveal SECRET or WRONG if it reached the log. */
function forbidden(extra: readonly string[]): string[] {
  const words = [SECRET, WRONG];
  return [
    ...words,
    ...words.map((w) => encodeBase64(w)),
    ...words.map((w) => encodeBase64(buildPlain(USER, w))),
    ...words.map((w) => encodeBase64(buildPlain(USER, w, USER))),
    ...extra,
  ];
}

function expectClean(log: string, extra: readonly string[]): void {
  for (const secret of forbidden(extra)) expect(log, `the log shows "${secret}"`).not.toContain(secret);
}

/** Starts serve --verbose and collects its stderr. */
function spawnVerbose(): Promise<{ port: number; stderr: () => string; child: ChildProcess }> {
  const child = spawn(TSX, [SERVE, '--verbose', '--port', '0', '--user', USER, '--password', SECRET], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString('latin1')));
  return new Promise((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => reject(new Error(`serve did not start; stderr ${stderr}`)), 30_000);
    child.stdout?.on('data', (d: Buffer) => {
      stdout += d.toString();
      const match = /listening on 127\.0\.0\.1:(\d+)/.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve({ port: Number(match[1]), stderr: () => stderr, child });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code}; stderr ${stderr}`));
    });
  });
}

/** Runs `steps` on a fresh connection; each step sends a line (built from the greeting) and reads one reply line. */
async function session(port: number, steps: ReadonlyArray<(greeting: string, last: string) => string>): Promise<string[]> {
  const s = await RawSession.open(port);
  try {
    const greeting = await s.line();
    const replies = [greeting];
    for (const step of steps) replies.push(await s.command(step(greeting, replies[replies.length - 1] ?? '')));
    s.send('QUIT\r\n');
    await s.line().catch(() => '');
    return replies;
  } finally {
    s.destroy();
  }
}

const timestampOf = (greeting: string): string => /<[^>]*>/.exec(greeting)?.[0] ?? '';
const challengeOf = (reply: string): string => atob(reply.slice(2));

/** Waits until the log has settled (the server writes it asynchronously). */
async function settledLog(stderr: () => string, marker: RegExp): Promise<string> {
  for (let i = 0; i < 100 && !marker.test(stderr()); i++) await new Promise((r) => setTimeout(r, 50));
  return stderr();
}

describe('serve --verbose never logs a credential (RFC 5034 §4, RFC 1939 §7)', () => {
  it('masks USER/PASS, APOP, AUTH PLAIN (one line and continuation), CRAM-MD5, cancels and failures', async () => {
    const { port, stderr } = await spawnVerbose();
    const digests: string[] = [];
    const crams: string[] = [];
    const apop = (secret: string) => (g: string) => {
      const digest = apopDigest(NOBLE_DIGESTS, timestampOf(g), secret);
      digests.push(digest);
      return `APOP ${USER} ${digest}`;
    };
    const cram = (secret: string) => (_g: string, last: string) => {
      const response = buildCramResponse(NOBLE_DIGESTS, USER, secret, challengeOf(last));
      digests.push(cramMd5Digest(NOBLE_DIGESTS, secret, challengeOf(last)));
      crams.push(encodeBase64(response));
      return encodeBase64(response);
    };
    const results = [
      await session(port, [() => `USER ${USER}`, () => `PASS ${SECRET}`]),
      await session(port, [() => `user ${USER}`, () => `pass ${WRONG}`]),
      await session(port, [() => ` PASS ${SECRET}`, () => `PASS\t${SECRET}`]),
      await session(port, [apop(SECRET)]),
      await session(port, [apop(WRONG)]),
      await session(port, [() => `AUTH PLAIN ${encodeBase64(buildPlain(USER, SECRET))}`]),
      await session(port, [() => `auth plain ${encodeBase64(buildPlain(USER, WRONG, USER))}`]),
      await session(port, [() => 'AUTH PLAIN', () => encodeBase64(buildPlain(USER, SECRET))]),
      await session(port, [() => 'AUTH PLAIN', () => encodeBase64(buildPlain(USER, WRONG))]),
      await session(port, [() => 'AUTH PLAIN', () => encodeBase64(SECRET)]),
      await session(port, [() => 'AUTH PLAIN', () => SECRET]),
      await session(port, [() => 'AUTH PLAIN', () => '*']),
      await session(port, [() => 'AUTH CRAM-MD5', cram(SECRET)]),
      await session(port, [() => 'AUTH CRAM-MD5', cram(WRONG)]),
      await session(port, [() => 'AUTH CRAM-MD5', () => SECRET]),
      await session(port, [() => `AUTH CRAM-MD5 ${encodeBase64(SECRET)}`]),
      await session(port, [() => `AUTH X-UNKNOWN ${encodeBase64(SECRET)}`]),
    ];
    // The right credentials really logged in, so the masked lines are the real paths.
    expect(results[0]?.[2]).toMatch(/^\+OK/);
    expect(results[3]?.[1]).toMatch(/^\+OK/);
    expect(results[5]?.[1]).toMatch(/^\+OK/);
    expect(results[7]?.[1]).toBe('+ ');
    expect(results[7]?.[2]).toMatch(/^\+OK/);
    expect(results[12]?.[2]).toMatch(/^\+OK/);
    const log = await settledLog(stderr, /(tcp#17 .*\n[^]*){2}/);
    expect(log).toMatch(/tcp#1 C: PASS \*\*\*/);
    expect(log).toMatch(/tcp#4 C: APOP alice \*\*\*/);
    expect(log).toMatch(/tcp#6 C: AUTH PLAIN \*\*\*/);
    expect(log).toMatch(/tcp#8 C: \*\*\* \(SASL response\)/);
    expect(log).toMatch(/tcp#13 C: \*\*\* \(SASL response\)/);
    expectClean(log, [...digests, ...crams]);
  }, 60_000);

  it.each([
    ['POP2 HELO (RFC 937)', createPop2Server, [`HELO ${USER} ${SECRET}`, `helo ${USER} ${WRONG}`]],
    ['POP1 USER/PASS (RFC 918)', createPop1Server, [`USER ${USER}`, `PASS ${SECRET}`, `pass ${WRONG}`]],
  ] as const)('%s: the password never reaches the verbose log', async (_name, createSession, lines) => {
    const log: string[] = [];
    const office = createDemoPostOffice({ user: USER, password: SECRET });
    const running = await startBridge({
      office,
      createSession,
      onEvent: (id, event) => {
        const line = describeEvent(event);
        if (line !== null) log.push(`${id} ${line}`);
      },
    });
    bridges.push(running);
    const s = await RawSession.open(running.port);
    try {
      await s.line();
      for (const line of lines) {
        s.send(`${line}\r\n`);
        await s.line();
      }
    } finally {
      s.destroy();
    }
    expect(log.filter((l) => / C: /.test(l))).toHaveLength(lines.length);
    expectClean(log.join('\n'), []);
  });

  it('a client cannot put control characters into the operator terminal through the log', () => {
    const line = describeEvent({ type: 'command', keyword: '', line: 'NOOP \x1b[2J\x9b2J\x07' });
    expect(line).toBe('C: NOOP \\x1b[2J\\x9b2J\\x07');
    expect(describeEvent({ type: 'command', keyword: '', line: 'X'.repeat(5000) })?.length).toBeLessThan(260);
  });
});
