/**
 * Engine benchmark: one full POP3 session retrieving N messages, the server
 * and client engines joined by an in-memory link (no simulator, no trace),
 * delete mode with the safe commit order. design.md budget: 10,000 messages
 * in under 200 ms in Node. The simulator's own figure (the same session with
 * channel, ledger, invariants and a full trace) is reported beside it.
 */
import { PostOffice } from '../src/protocol/maildrop.ts';
import { createPop3Server } from '../src/protocol/pop3/server.ts';
import { createPop3Client } from '../src/protocol/pop3/client.ts';

export interface EngineBench {
  readonly messages: number;
  readonly elapsedMs: number;
  readonly removed: number;
  readonly budgetMs: number;
}

function demoMessage(i: number): string {
  return `From: sender${i}@example.org\nTo: alice@example.org\nSubject: Message ${i}\nMessage-ID: <${i}@bench.example>\n\nHello number ${i}.\n.A line that needs byte-stuffing\nBye.\n`;
}

export function benchEngineSession(now: () => number, messages = 10_000): EngineBench {
  const office = new PostOffice('pop.example.org');
  const account = office.addAccount('alice', 'secret');
  for (let i = 1; i <= messages; i++) account.maildrop.deliver(demoMessage(i));
  const before = account.maildrop.messages.length;

  const start = now();
  const server = createPop3Server(office, { sessionId: 'bench' });
  const client = createPop3Client(
    { retention: 'delete', useUidl: true, commitOrder: 'safe' },
    { user: 'alice', secret: 'secret', knownUids: new Map(), locallyDeleted: new Set(), today: 0 },
  );
  let toClient = server.greet(0).send;
  for (let rounds = 0; !client.finished; rounds++) {
    if (rounds > 10 * messages + 100) throw new Error('engine bench did not finish (bug)');
    const out = client.receive(toClient);
    let toServer = out.send;
    // The device saves at once: each `save` is answered with `saved`, which releases the DELE.
    for (const effect of out.effects) if (effect.type === 'save') toServer += client.saved(effect.key).send;
    if (toServer === '') break;
    toClient = server.receive(toServer, 0).send;
  }
  const elapsedMs = now() - start;
  return { messages, elapsedMs, removed: before - account.maildrop.messages.length, budgetMs: 200 };
}
