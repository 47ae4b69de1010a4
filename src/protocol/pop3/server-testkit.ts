/**
 * Test helpers for the POP3 server engine (used by its unit, property, fuzz
 * and golden tests). Not imported by production code.
 */
import { NOBLE_DIGESTS } from '../digests-noble.ts';
import { PostOffice, type Account } from '../maildrop.ts';
import type { ProtocolEvent, ServerOutput, ServerSession } from '../engine.ts';
import { createPop3Server, type Pop3ServerOptions } from './server.ts';
import { CRLF, type Octets } from '../octets.ts';

export const RFC_TIMESTAMP = '<1896.697170952@dbc.mtview.ca.us>';

export interface Fixture {
  readonly office: PostOffice;
  readonly alice: Account;
}

/** A post office with alice/wonderland holding the given messages (LF or CRLF text). */
export function makeOffice(messages: readonly string[] = defaultMessages(), hostname = 'pop.example.org'): Fixture {
  const office = new PostOffice(hostname);
  const alice = office.addAccount('alice', 'wonderland');
  messages.forEach((text, i) => alice.maildrop.deliver(text, { uid: `uid-${i + 1}`, arrivedDay: i }));
  office.addAccount('bob', 'builder');
  return { office, alice };
}

export function defaultMessages(): string[] {
  return [
    'From: a@example.org\nSubject: one\n\nline 1\nline 2\nline 3\n',
    'From: b@example.org\nSubject: two\n\n.starts with a dot\n..two dots\n.\nend\n',
    'From: c@example.org\nSubject: three\n\nthird\n',
  ];
}

/** One server session plus everything it said, for assertions. */
export class Session {
  readonly server: ServerSession;
  readonly events: ProtocolEvent[] = [];
  wire = '';
  closeSeen = false;
  tick = 0;

  constructor(office: PostOffice, options: Partial<Pop3ServerOptions> = {}) {
    this.server = createPop3Server(office, { sessionId: 'test#1', apopTimestamp: RFC_TIMESTAMP, digests: NOBLE_DIGESTS, ...options });
    this.#take(this.server.greet(this.tick));
  }

  #take(out: ServerOutput): ServerOutput {
    this.events.push(...out.events);
    this.wire += out.send;
    if (out.close) this.closeSeen = true;
    return out;
  }

  /** Sends one command line (CRLF added) and returns the reply's lines. */
  cmd(line: string): string[] {
    return lines(this.raw(line + CRLF).send);
  }

  /** The first line of the reply to one command. */
  first(line: string): string {
    return this.cmd(line)[0] ?? '';
  }

  raw(octets: Octets): ServerOutput {
    this.tick += 1;
    return this.#take(this.server.receive(octets, this.tick));
  }

  /** Logs alice in with USER/PASS. */
  login(user = 'alice', pass = 'wonderland'): string {
    this.cmd(`USER ${user}`);
    return this.first(`PASS ${pass}`);
  }

  ofType<T extends ProtocolEvent['type']>(type: T): Extract<ProtocolEvent, { type: T }>[] {
    return this.events.filter((e): e is Extract<ProtocolEvent, { type: T }> => e.type === type);
  }
}

/** Splits wire octets into lines without CRLF (the last CRLF ends the last line). */
export function lines(octets: Octets): string[] {
  if (octets.length === 0) return [];
  const parts = octets.split(CRLF);
  if (parts[parts.length - 1] === '') parts.pop();
  return parts;
}
