/**
 * Each client agent run over a real TCP socket (client-runner) against the
 * bridge serving the same protocol, with the fixture messages.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ClientContext, ClientPolicy, Protocol } from '../../src/protocol/engine.ts';
import type { PostOffice } from '../../src/protocol/maildrop.ts';
import { createPop3Client } from '../../src/protocol/pop3/client.ts';
import { createPop2Client } from '../../src/protocol/pop2/client.ts';
import { SERVER_FACTORIES, startBridge, type RunningBridge, type ServerSessionFactory } from '../../src/node/bridge.ts';
import { createPop3Server } from '../../src/protocol/pop3/server.ts';
import { runClientAgent } from '../../src/node/client-runner.ts';
import { createDemoPostOffice, loadMessagesFromDir } from '../../src/node/demo-maildrop.ts';
import { FIXTURE_DIR, fixtureMessages, RawSession } from './bridge-support.ts';
import { NOBLE_DIGESTS } from '../../src/protocol/digests-noble.ts';

const EXPECTED = fixtureMessages();
const bridges: RunningBridge[] = [];
const tempDirs: string[] = [];

afterAll(async () => {
  await Promise.all(bridges.splice(0).map((b) => b.close()));
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function serve(protocol: Protocol): Promise<{ office: PostOffice; bridge: RunningBridge }> {
  const office = createDemoPostOffice({ messages: loadMessagesFromDir(FIXTURE_DIR) });
  const bridge = await startBridge({ office, createSession: SERVER_FACTORIES[protocol], port: 0 });
  bridges.push(bridge);
  return { office, bridge };
}

function context(extra: Partial<ClientContext> = {}): ClientContext {
  return { user: 'alice', secret: 'secret', knownUids: new Map(), locallyDeleted: new Set(), today: 0, digests: NOBLE_DIGESTS, ...extra };
}

function maildropSize(office: PostOffice): number {
  return office.account('alice')?.maildrop.messages.length ?? -1;
}

describe('POP3 client agent against the bridge', () => {
  const authModes = ['user-pass', 'apop', 'sasl-plain', 'cram-md5'] as const;
  for (const auth of authModes) {
    it(`RFC 1939 §6: delete policy (${auth}) saves every message byte for byte, then QUIT empties the maildrop`, async () => {
      const { office, bridge } = await serve('pop3');
      const policy: ClientPolicy = { retention: 'delete', useUidl: true, commitOrder: 'safe', auth };
      const result = await runClientAgent(createPop3Client(policy, context()), { host: bridge.host, port: bridge.port });
      expect(result.timedOut).toBe(false);
      expect(result.finishedOk).toBe(true);
      expect(result.saved.map((m) => m.octets)).toEqual(EXPECTED);
      expect(result.sentOctets).toMatch(/QUIT\r\n$/);
      expect(maildropSize(office)).toBe(0);
    });
  }

  it('RFC 1939 §7: keep policy with UIDL leaves mail on the server and skips known UIDs next time', async () => {
    const { office, bridge } = await serve('pop3');
    const policy: ClientPolicy = { retention: 'keep', useUidl: true, commitOrder: 'safe' };
    const first = await runClientAgent(createPop3Client(policy, context()), { host: bridge.host, port: bridge.port });
    expect(first.finishedOk).toBe(true);
    expect(first.saved.map((m) => m.octets)).toEqual(EXPECTED);
    expect(maildropSize(office)).toBe(EXPECTED.length);
    const uids = first.saved.map((m) => m.uid);
    expect(uids.every((uid) => typeof uid === 'string')).toBe(true);

    const known = new Map(uids.map((uid) => [uid ?? '', 0]));
    const second = await runClientAgent(createPop3Client(policy, context({ knownUids: known })), {
      host: bridge.host,
      port: bridge.port,
    });
    expect(second.finishedOk).toBe(true);
    expect(second.saved).toEqual([]);
    expect(second.sentOctets).not.toMatch(/RETR/);
  });

  it('RFC 2449 §6.6: pipelined RETR+DELE over TCP still removes everything at QUIT', async () => {
    const { office, bridge } = await serve('pop3');
    const policy: ClientPolicy = { retention: 'delete', useUidl: true, commitOrder: 'pipelined' };
    const result = await runClientAgent(createPop3Client(policy, context()), { host: bridge.host, port: bridge.port });
    expect(result.finishedOk).toBe(true);
    expect(result.saved.map((m) => m.octets)).toEqual(EXPECTED);
    expect(maildropSize(office)).toBe(0);
  });

  it('saves to a directory with fsync before saved() is answered', async () => {
    const { bridge } = await serve('pop3');
    const dir = mkdtempSync(join(tmpdir(), 'poplab-client-'));
    tempDirs.push(dir);
    const policy: ClientPolicy = { retention: 'keep', useUidl: true, commitOrder: 'safe' };
    const result = await runClientAgent(createPop3Client(policy, context()), { host: bridge.host, port: bridge.port, saveDir: dir });
    expect(result.finishedOk).toBe(true);
    const files = readdirSync(dir).sort();
    expect(files).toHaveLength(EXPECTED.length);
    const onDisk = new Set(files.map((f) => readFileSync(join(dir, f)).toString('latin1')));
    expect(onDisk).toEqual(new Set(EXPECTED));
  });

  it('RFC 1939 §4: a wrong password finishes the agent with ok:false and removes nothing', async () => {
    const { office, bridge } = await serve('pop3');
    const policy: ClientPolicy = { retention: 'delete', useUidl: true, commitOrder: 'safe' };
    const result = await runClientAgent(createPop3Client(policy, context({ secret: 'wrong' })), {
      host: bridge.host,
      port: bridge.port,
    });
    expect(result.finishedOk).toBe(false);
    expect(result.saved).toEqual([]);
    expect(maildropSize(office)).toBe(EXPECTED.length);
  });
});

describe('client-runner when the connection is lost', () => {
  it('RFC 1939 §6: a drop after RETR 2 tells the agent connectionLost; nothing is removed', async () => {
    const office = createDemoPostOffice({ messages: loadMessagesFromDir(FIXTURE_DIR) });
    // The server side drops the connection when RETR 2 arrives (the bridge destroys the socket on an engine throw).
    const dropAtRetr2: ServerSessionFactory = (post, options) => {
      const inner = createPop3Server(post, options);
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
          if (octets.includes('RETR 2')) throw new Error('simulated drop');
          return inner.receive(octets, now);
        },
        poll: (now) => inner.poll(now),
        abort: (reason) => inner.abort(reason),
      };
    };
    const bridge = await startBridge({ office, createSession: dropAtRetr2, log: () => {} });
    bridges.push(bridge);
    const policy: ClientPolicy = { retention: 'delete', useUidl: true, commitOrder: 'safe' };
    const result = await runClientAgent(createPop3Client(policy, context()), { host: bridge.host, port: bridge.port });
    expect(result.timedOut).toBe(false);
    expect(result.finishedOk).toBe(false);
    expect(result.saved.map((m) => m.octets)).toEqual(EXPECTED.slice(0, 1));
    expect(result.sentOctets).toContain('DELE 1\r\n');
    expect(maildropSize(office)).toBe(EXPECTED.length);
  });
});

describe('POP2 client agent against the bridge serving POP2', () => {
  it('RFC 937 ACKD: delete policy retrieves every message byte for byte and the release removes them', async () => {
    const { office, bridge } = await serve('pop2');
    const policy: ClientPolicy = { retention: 'delete', useUidl: false, commitOrder: 'safe' };
    const result = await runClientAgent(createPop2Client(policy, context()), { host: bridge.host, port: bridge.port });
    expect(result.timedOut).toBe(false);
    expect(result.finishedOk).toBe(true);
    expect(result.saved.map((m) => m.octets)).toEqual(EXPECTED);
    expect(maildropSize(office)).toBe(0);
  });

  it('RFC 937 ACKS: keep policy downloads everything and leaves the maildrop intact', async () => {
    const { office, bridge } = await serve('pop2');
    const policy: ClientPolicy = { retention: 'keep', useUidl: false, commitOrder: 'safe' };
    const result = await runClientAgent(createPop2Client(policy, context()), { host: bridge.host, port: bridge.port });
    expect(result.finishedOk).toBe(true);
    expect(result.saved.map((m) => m.octets)).toEqual(EXPECTED);
    expect(maildropSize(office)).toBe(EXPECTED.length);
  });
});

describe('raw POP2 session against the bridge (telnet-style)', () => {
  it('RFC 937: HELO, READ, RETR sends exactly the announced =ccc octets, ACKS, QUIT', async () => {
    const { office, bridge } = await serve('pop2');
    const session = await RawSession.open(bridge.port);
    try {
      expect(await session.line()).toMatch(/^\+ /);
      expect(await session.command('HELO alice secret')).toBe(`#${EXPECTED.length}`);
      expect(await session.command('READ 2')).toBe(`=${(EXPECTED[1] ?? '').length}`);
      session.send('RETR\r\n');
      // RFC 937: counted, not dot-stuffed: the message goes out as is, lines with "." included.
      const body = await session.read((b) => (b.length >= (EXPECTED[1] ?? '').length ? (EXPECTED[1] ?? '').length : -1));
      expect(body).toBe(EXPECTED[1]);
      expect(await session.command('ACKS')).toBe(`=${(EXPECTED[2] ?? '').length}`);
      expect(await session.command('QUIT')).toMatch(/^\+/);
      await session.waitClosed();
      expect(maildropSize(office)).toBe(EXPECTED.length);
    } finally {
      session.destroy();
    }
  });
});
