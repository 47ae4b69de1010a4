/**
 * Golden POP3 transcripts: each test/golden/pop3-*.txt file sets up a post
 * office, then lists the client's lines (C:) and the exact lines the server
 * must send (S:). The format is described at the top of pop3-rfc1939-s10.txt.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PostOffice } from '../../src/protocol/maildrop.ts';
import { CRLF } from '../../src/protocol/octets.ts';
import { parsePersonality } from '../../src/protocol/engine.ts';
import { createPop3Server, type Pop3ServerOptions } from '../../src/protocol/pop3/server.ts';

const GOLDEN_DIR = new URL('../golden/', import.meta.url);

type Step = { readonly kind: 'C' | 'S'; readonly line: string } | { readonly kind: 'closed' };

interface Golden {
  readonly office: PostOffice;
  readonly options: Pop3ServerOptions;
  readonly steps: readonly Step[];
}

function parseGolden(text: string, name: string): Golden {
  let hostname = 'pop.example.org';
  let timestamp: string | undefined;
  const options: Record<string, unknown> = {};
  const accounts: [string, string][] = [];
  const messages: [string, string][] = [];
  const steps: Step[] = [];
  let message: { user: string; lines: string[] } | null = null;
  text.split('\n').forEach((raw, index) => {
    const where = `${name}:${index + 1}`;
    const line = raw.replace(/\r$/, '');
    if (message !== null) {
      if (line === '@end') {
        messages.push([message.user, message.lines.map((l) => l + CRLF).join('')]);
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
      const [directive, ...rest] = line.split(' ');
      const value = rest.join(' ');
      switch (directive) {
        case '@hostname': hostname = value; break;
        case '@timestamp': timestamp = value; break;
        case '@account': accounts.push([rest[0] ?? '', rest.slice(1).join(' ')]); break;
        case '@message': message = { user: value, lines: [] }; break;
        case '@option': {
          const [key = '', ...v] = rest;
          const text = v.join(' ');
          if (key === 'personality') {
            const p = parsePersonality(text);
            if ('error' in p) throw new Error(`${where}: ${p.error}`);
            options[key] = p;
          } else if (key === 'enableStls' || key === 'enableLast') options[key] = text === 'true';
          else if (key === 'today' || key === 'autologoutTicks') options[key] = Number(text);
          else if (key === 'cramChallenge' || key === 'implementation') options[key] = text;
          else throw new Error(`${where}: unknown option ${key}`);
          break;
        }
        default:
          throw new Error(`${where}: cannot read ${JSON.stringify(line)}`);
      }
    }
  });
  if (message !== null) throw new Error(`${name}: @message without @end`);
  const office = new PostOffice(hostname);
  for (const [user, secret] of accounts) office.addAccount(user, secret);
  for (const [user, body] of messages) {
    const account = office.account(user);
    if (account === undefined) throw new Error(`${name}: message for unknown account ${user}`);
    account.maildrop.deliver(body);
  }
  return { office, options: { sessionId: 'golden#1', ...(timestamp ? { apopTimestamp: timestamp } : {}), ...options }, steps };
}

function load(file: string): Golden {
  return parseGolden(readFileSync(new URL(file, GOLDEN_DIR), 'utf8'), file);
}

/** Plays the script one client line at a time and checks every server line in order. */
function play(golden: Golden): string {
  const server = createPop3Server(golden.office, golden.options);
  const pending: string[] = [];
  let wire = '';
  const take = (send: string): void => {
    wire += send;
    const ls = send.split(CRLF);
    if (ls.pop() !== '') throw new Error('server output does not end in CRLF');
    pending.push(...ls);
  };
  take(server.greet(0).send);
  golden.steps.forEach((step, i) => {
    if (step.kind === 'S') {
      expect(pending.shift(), `step ${i + 1}: expected S: ${step.line}`).toBe(step.line);
    } else if (step.kind === 'C') {
      expect(pending, `step ${i + 1}: unexpected server lines before C: ${step.line}`).toEqual([]);
      take(server.receive(step.line + CRLF, i + 1).send);
    } else {
      expect(server.closed, `step ${i + 1}: the server should have closed`).toBe(true);
    }
  });
  expect(pending, 'server lines left over at the end').toEqual([]);
  return wire;
}

const files = readdirSync(GOLDEN_DIR).filter((f) => /^pop3-.*\.txt$/.test(f)).sort();

describe('POP3 golden transcripts', () => {
  it('finds the fixtures, including the RFC 1939 §10 session', () => {
    expect(files).toContain('pop3-rfc1939-s10.txt');
    expect(files.length).toBeGreaterThanOrEqual(4);
  });

  for (const file of files) {
    it(`${file} replays exactly`, () => {
      play(load(file));
    });
  }

  it('RFC 1939 §10: the example maildrop holds messages of exactly 120 and 200 octets, and UPDATE empties it', () => {
    const golden = load('pop3-rfc1939-s10.txt');
    const drop = golden.office.account('mrose')?.maildrop;
    expect(drop?.messages.map((m) => m.octets.length)).toEqual([120, 200]);
    play(golden);
    expect(drop?.messages).toHaveLength(0);
    expect(drop?.lockHolder).toBeNull();
  });

  it('RFC 1939 §10 / RFC 2449 §6.6: the whole client script pipelined, or sent one octet at a time, gives the same wire output', () => {
    const reference = play(load('pop3-rfc1939-s10.txt'));
    const script = load('pop3-rfc1939-s10.txt').steps.flatMap((s) => (s.kind === 'C' ? [s.line + CRLF] : [])).join('');
    for (const chunking of ['whole', 'octets'] as const) {
      const golden = load('pop3-rfc1939-s10.txt');
      const server = createPop3Server(golden.office, golden.options);
      let wire = server.greet(0).send;
      const chunks = chunking === 'whole' ? [script] : [...script];
      for (const chunk of chunks) wire += server.receive(chunk, 1).send;
      expect(wire, chunking).toBe(reference);
    }
  });
});
