/**
 * The POP1 client agent over a real TCP socket (client-runner) against the
 * bridge serving POP1 (RFC 918), with the fixture messages.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { ClientContext, ClientPolicy } from '../../src/protocol/engine.ts';
import type { PostOffice } from '../../src/protocol/maildrop.ts';
import { createPop1Client } from '../../src/protocol/pop1/client.ts';
import { createPop1Server } from '../../src/protocol/pop1/server.ts';
import { startBridge, type RunningBridge } from '../../src/node/bridge.ts';
import { runClientAgent } from '../../src/node/client-runner.ts';
import { createDemoPostOffice, loadMessagesFromDir } from '../../src/node/demo-maildrop.ts';
import { FIXTURE_DIR, fixtureMessages, RawSession } from './bridge-support.ts';
import { NOBLE_DIGESTS } from '../../src/protocol/digests-noble.ts';

const EXPECTED = fixtureMessages();
const bridges: RunningBridge[] = [];

afterAll(async () => {
  await Promise.all(bridges.splice(0).map((b) => b.close()));
});

async function serve(): Promise<{ office: PostOffice; bridge: RunningBridge }> {
  const office = createDemoPostOffice({ messages: loadMessagesFromDir(FIXTURE_DIR) });
  const bridge = await startBridge({ office, createSession: createPop1Server });
  bridges.push(bridge);
  return { office, bridge };
}

const context: ClientContext = { user: 'alice', secret: 'secret', knownUids: new Map(), locallyDeleted: new Set(), today: 0, digests: NOBLE_DIGESTS };

function maildropSize(office: PostOffice): number {
  return office.account('alice')?.maildrop.messages.length ?? -1;
}

describe('POP1 client agent against the bridge serving POP1', () => {
  it('RFC 918 RDEL ... RCVD: delete policy gets every message byte for byte and RCVD empties the mailbox', async () => {
    const { office, bridge } = await serve();
    const policy: ClientPolicy = { retention: 'delete', useUidl: false, commitOrder: 'safe' };
    const result = await runClientAgent(createPop1Client(policy, context), { host: bridge.host, port: bridge.port });
    expect(result.timedOut).toBe(false);
    expect(result.finishedOk).toBe(true);
    expect(result.saved.map((m) => m.octets)).toEqual(EXPECTED);
    expect(result.sentOctets).toMatch(/RDEL/);
    expect(maildropSize(office)).toBe(0);
  });

  it('RFC 918 RETR ... RCVD: keep policy gets every message and removes nothing', async () => {
    const { office, bridge } = await serve();
    const policy: ClientPolicy = { retention: 'keep', useUidl: false, commitOrder: 'safe' };
    const result = await runClientAgent(createPop1Client(policy, context), { host: bridge.host, port: bridge.port });
    expect(result.finishedOk).toBe(true);
    expect(result.saved.map((m) => m.octets)).toEqual(EXPECTED);
    expect(maildropSize(office)).toBe(EXPECTED.length);
  });

  it('RFC 918: RDEL then a dropped connection before RCVD removes nothing', async () => {
    const { office, bridge } = await serve();
    const session = await RawSession.open(bridge.port);
    try {
      expect(await session.line()).toMatch(/^\+OK/);
      expect(await session.command('USER alice')).toMatch(/^\+OK/);
      expect(await session.command('PASS secret')).toMatch(/^\+OK/);
      expect(await session.command('RDEL alice')).toMatch(/^#\d+/);
    } finally {
      session.destroy();
    }
    await session.waitClosed();
    // The server sees the drop asynchronously; a fresh session can open the mailbox once it has.
    for (let attempt = 0; attempt < 50 && office.account('alice')?.maildrop.lockHolder !== null; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(office.account('alice')?.maildrop.lockHolder).toBeNull();
    expect(maildropSize(office)).toBe(EXPECTED.length);
  });
});
