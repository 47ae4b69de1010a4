/**
 * Golden POP1 and POP2 transcripts: each test/golden/pop1-*.txt and
 * pop2-*.txt file sets up a post office, then lists the client's lines (C:)
 * and what the server must send (S:). The server's reply lines are compared
 * exactly; count-framed message data (POP2 RETR, POP1 RCEV), which has no
 * lines of its own, is shown as one placeholder line and checked octet for
 * octet against the stored messages.
 *
 * Format (the same @-directives as the POP3 goldens, plus two):
 *   @hostname H              the server's host name
 *   @account USER SECRET     an account
 *   @message USER            a message for USER: the "|" lines up to @end (CRLF form)
 *   @sized USER OCTETS [N]   N (default 1) generated messages of exactly OCTETS octets each
 *   S: line                  a line the server must send next
 *   S: <message K: N octets> POP2 RETR data: exactly the K-th stored message
 *   S: <mailbox: N octets, M messages>  POP1 RCEV data: the whole mailbox block
 *   C: line                  a line the client sends (CRLF is added)
 *   @closed                  the server must have closed the connection here
 *   @maildrop USER N         USER's maildrop must now hold N messages
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PostOffice } from '../../src/protocol/maildrop.ts';
import { CRLF, type Octets } from '../../src/protocol/octets.ts';
import type { ServerOutput, ServerSession } from '../../src/protocol/engine.ts';
import { createPop2Server } from '../../src/protocol/pop2/server.ts';
import { createPop1Server } from '../../src/protocol/pop1/server.ts';
import { splitMailbox } from '../../src/protocol/pop1/mailbox-block.ts';

const GOLDEN_DIR = new URL('../golden/', import.meta.url);

/** A message of exactly `octets` octets in CRLF form: a Subject header, a blank line, filler lines. */
function sizedMessage(index: number, octets: number): Octets {
  const head = `Subject: message ${index}${CRLF}${CRLF}`;
  let remaining = octets - head.length;
  if (remaining < 2) throw new Error(`@sized: ${octets} octets is too small (at least ${head.length + 2})`);
  let body = '';
  while (remaining > 0) {
    const take = remaining >= 74 ? 72 : remaining;
    body += 'x'.repeat(take - 2) + CRLF;
    remaining -= take;
  }
  return head + body;
}

type Expectation = { readonly kind: 'C' | 'S'; readonly line: string } | { readonly kind: 'closed' } | { readonly kind: 'maildrop'; readonly user: string; readonly count: number };

function parseGolden(text: string, name: string) {
  const office = { hostname: 'pop.example.org', accounts: [] as [string, string][], messages: [] as [string, Octets][] };
  const steps: Expectation[] = [];
  let message: { user: string; lines: string[] } | null = null;
  let sizedCount = 0;
  text.split('\n').forEach((raw, index) => {
    const where = `${name}:${index + 1}`;
    const line = raw.replace(/\r$/, '');
    if (message !== null) {
      if (line === '@end') {
        office.messages.push([message.user, message.lines.map((l) => l + CRLF).join('')]);
        message = null;
      } else if (line.startsWith('|')) message.lines.push(line.slice(1));
      else throw new Error(`${where}: message lines start with "|"`);
      return;
    }
    if (line === '' || line.startsWith('#')) return;
    if (line.startsWith('C: ') || line === 'C:') steps.push({ kind: 'C', line: line.slice(3) });
    else if (line.startsWith('S: ') || line === 'S:') steps.push({ kind: 'S', line: line.slice(3) });
    else if (line === '@closed') steps.push({ kind: 'closed' });
    else {
      const [directive, ...args] = line.split(' ');
      switch (directive) {
        case '@hostname':
          office.hostname = args.join(' ');
          break;
        case '@account':
          office.accounts.push([args[0] ?? '', args[1] ?? '']);
          break;
        case '@message':
          message = { user: args[0] ?? '', lines: [] };
          break;
        case '@sized':
          for (let i = 0; i < Number(args[2] ?? '1'); i++) office.messages.push([args[0] ?? '', sizedMessage(++sizedCount, Number(args[1]))]);
          break;
        case '@maildrop':
          steps.push({ kind: 'maildrop', user: args[0] ?? '', count: Number(args[1]) });
          break;
        default:
          throw new Error(`${where}: unknown line ${JSON.stringify(line)}`);
      }
    }
  });
  const po = new PostOffice(office.hostname);
  for (const [user, secret] of office.accounts) po.addAccount(user, secret);
  for (const [user, octets] of office.messages) {
    const account = po.account(user);
    if (account === undefined) throw new Error(`${name}: message for unknown account ${user}`);
    account.maildrop.deliver(octets);
  }
  return { po, steps };
}

/** Renders what the server sent as transcript lines, with data replaced by a checked placeholder. */
function render(out: ServerOutput, stored: readonly Octets[]): string[] {
  const lines: string[] = [];
  let send = out.send;
  const sentMessages = out.events.filter((e) => e.type === 'sent-message');
  if (sentMessages.length > 0) {
    // POP1 RCEV or POP2 RETR: the whole output is count-framed data.
    if (out.events.some((e) => e.type === 'command' && e.keyword === 'RCEV')) {
      const messages = splitMailbox(send);
      const intact = messages.every((m, i) => m === stored[i]) && messages.length === stored.length;
      lines.push(intact ? `<mailbox: ${send.length} octets, ${messages.length} messages>` : `<corrupt mailbox block: ${send.length} octets>`);
    } else {
      const k = stored.indexOf(send) + 1;
      lines.push(k > 0 ? `<message ${k}: ${send.length} octets>` : `<unknown data: ${send.length} octets>`);
    }
    send = '';
  }
  for (const line of send.split(CRLF)) if (line !== '') lines.push(line);
  return lines;
}

function runGolden(create: (po: PostOffice) => ServerSession, text: string, name: string): void {
  const { po, steps } = parseGolden(text, name);
  const stored = po.accounts.flatMap((a) => a.maildrop.messages.map((m) => m.octets));
  const server = create(po);
  const actual: string[] = [];
  const expected: string[] = [];
  const pending: string[] = render(server.greet(0), stored);
  let tick = 1;
  for (const step of steps) {
    if (step.kind === 'S') {
      expected.push(`S: ${step.line}`);
      actual.push(`S: ${pending.shift() ?? '(nothing)'}`);
    } else if (step.kind === 'closed') {
      expected.push('@closed');
      actual.push(pending.length === 0 && server.closed ? '@closed' : `(open, pending ${JSON.stringify(pending)})`);
    } else if (step.kind === 'maildrop') {
      expected.push(`@maildrop ${step.user} ${step.count}`);
      actual.push(`@maildrop ${step.user} ${po.account(step.user)?.maildrop.messages.length ?? 'none'}`);
    } else {
      expected.push(`C: ${step.line}`);
      actual.push(`C: ${step.line}`);
      if (pending.length > 0) actual.push(`(unread server lines ${JSON.stringify(pending)})`);
      pending.length = 0;
      if (server.closed) {
        actual.push('(server already closed)');
        break;
      }
      pending.push(...render(server.receive(step.line + CRLF, tick++), stored));
    }
  }
  expect(actual.join('\n')).toBe(expected.join('\n'));
  expect(pending).toEqual([]);
}

const files = readdirSync(GOLDEN_DIR).filter((f) => /^pop[12]-.*\.txt$/.test(f)).sort();

describe('golden POP1/POP2 transcripts', () => {
  it('finds the RFC 937 examples and the RFC 918 normal scenario', () => {
    expect(files).toEqual(expect.arrayContaining(['pop1-rfc918-normal.txt', 'pop2-rfc937-example1.txt', 'pop2-rfc937-example2.txt', 'pop2-rfc937-example3.txt']));
  });
  for (const file of files) {
    const text = readFileSync(new URL(file, GOLDEN_DIR), 'latin1');
    const title = text.split('\n')[0]?.replace(/^#\s*/, '') ?? file;
    it(`${file}: ${title}`, () => {
      const create = file.startsWith('pop2-')
        ? (po: PostOffice) => createPop2Server(po, { sessionId: 'golden' })
        : (po: PostOffice) => createPop1Server(po, { sessionId: 'golden' });
      runGolden(create, text, file);
    });
  }
});
