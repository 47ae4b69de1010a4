/**
 * Test helpers for the POP1 and POP2 server engines (their unit tests): one
 * account's post office, and a driver that greets, sends command lines and
 * keeps every event. Not imported by production code.
 */
import { PostOffice, type Maildrop } from './maildrop.ts';
import type { ProtocolEvent, ServerOptions, ServerOutput, ServerSession } from './engine.ts';

/** A post office holding `messages` for `user`/`secret`. */
export function officeWith(user: string, secret: string, messages: readonly string[]): PostOffice {
  const po = new PostOffice('pop.example.org');
  const account = po.addAccount(user, secret);
  for (const text of messages) account.maildrop.deliver(text);
  return po;
}

export class ServerDriver {
  readonly server: ServerSession;
  readonly events: ProtocolEvent[] = [];
  last: ServerOutput;
  constructor(
    create: (po: PostOffice, options: ServerOptions) => ServerSession,
    readonly po: PostOffice,
    readonly user: string,
    sessionId = 'laptop#1',
  ) {
    this.server = create(po, { sessionId });
    this.last = this.server.greet(0);
    this.events.push(...this.last.events);
  }
  send(line: string): ServerOutput {
    this.last = this.server.receive(line + '\r\n', 1);
    this.events.push(...this.last.events);
    return this.last;
  }
  /** Sends and returns the reply text without CRLF. */
  say(line: string): string {
    return this.send(line).send.replace(/\r\n$/, '');
  }
  get maildrop(): Maildrop {
    return this.po.account(this.user)!.maildrop;
  }
  ofType<T extends ProtocolEvent['type']>(type: T): Extract<ProtocolEvent, { type: T }>[] {
    return this.events.filter((e): e is Extract<ProtocolEvent, { type: T }> => e.type === type);
  }
}

/**
 * A session with a 100-tick autologout timer: greeted at tick 0, `login`
 * (command lines) at tick 10, then `command` at `tick`. Returns the server
 * and what that last command got.
 */
export function lateCommand(
  create: (po: PostOffice, options: ServerOptions) => ServerSession,
  po: PostOffice,
  login: string,
  command: string,
  tick: number,
): { readonly server: ServerSession; readonly out: ServerOutput } {
  const server = create(po, { sessionId: 's', autologoutTicks: 100 });
  server.greet(0);
  server.receive(login, 10);
  return { server, out: server.receive(command, tick) };
}

/** Feeds `parts` to a fresh greeted session, as a link delivers them (nothing after the server closed): all it sent and every event. */
export function feedParts(server: ServerSession, parts: readonly string[]): { readonly send: string; readonly events: readonly ProtocolEvent[] } {
  server.greet(0);
  let send = '';
  const events: ProtocolEvent[] = [];
  for (const part of parts) {
    if (server.closed) break; // the link stops delivering once the server has closed
    const out = server.receive(part, 1);
    send += out.send;
    events.push(...out.events);
  }
  return { send, events };
}
