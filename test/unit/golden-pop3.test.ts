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
import type { ServerSession } from '../../src/protocol/engine.ts';
import { NOBLE_DIGESTS } from '../../src/protocol/digests-noble.ts';

const GOLDEN_DIR = new URL('../golden/', import.meta.url);

/** `session` is 1 for `C:`/`S:` lines and 2 for `C2:`/`S2:` lines (a second device). */
type Step =
  | { readonly kind: 'C' | 'S'; readonly session: 1 | 2; readonly line: string }
  | { readonly kind: 'closed' | 'drop'; readonly session: 1 | 2 }
  | { readonly kind: 'count'; readonly user: string; readonly messages: number };

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
    const talk = /^([CS])(2?):(?: (.*))?$/.exec(line);
    const end = /^@(closed|drop)(2?)$/.exec(line);
    if (talk) steps.push({ kind: talk[1] === 'C' ? 'C' : 'S', session: talk[2] ? 2 : 1, line: talk[3] ?? '' });
    else if (end) steps.push({ kind: end[1] === 'drop' ? 'drop' : 'closed', session: end[2] ? 2 : 1 });
    else if (line.startsWith('@messages ')) steps.push({ kind: 'count', user: rest0(line), messages: Number(line.split(' ')[2]) });
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

function rest0(line: string): string {
  return line.split(' ')[1] ?? '';
}

function load(file: string): Golden {
  return parseGolden(readFileSync(new URL(file, GOLDEN_DIR), 'utf8'), file);
}

/**
 * Plays the script one client line at a time and checks every server line in
 * order. A second session (`C2:`/`S2:`) opens on its first use, as another
 * device on the same post office.
 */
function play(golden: Golden): string {
  const sessions = new Map<1 | 2, { server: ServerSession; pending: string[] }>();
  let wire = '';
  const open = (n: 1 | 2): { server: ServerSession; pending: string[] } => {
    let session = sessions.get(n);
    if (session === undefined) {
      const server = createPop3Server(golden.office, { ...golden.options, sessionId: `golden#${n}`, digests: NOBLE_DIGESTS });
      session = { server, pending: [] };
      sessions.set(n, session);
      take(session, server.greet(0).send);
    }
    return session;
  };
  const take = (session: { pending: string[] }, send: string): void => {
    wire += send;
    const ls = send.split(CRLF);
    if (ls.pop() !== '') throw new Error('server output does not end in CRLF');
    session.pending.push(...ls);
  };
  golden.steps.forEach((step, i) => {
    const at = `step ${i + 1}`;
    if (step.kind === 'count') {
      expect(golden.office.account(step.user)?.maildrop.messages.length, `${at}: messages of ${step.user}`).toBe(step.messages);
      return;
    }
    const session = open(step.session);
    if (step.kind === 'S') {
      expect(session.pending.shift(), `${at}: expected S${step.session}: ${step.line}`).toBe(step.line);
    } else if (step.kind === 'C') {
      expect(session.pending, `${at}: unexpected server lines before C: ${step.line}`).toEqual([]);
      take(session, session.server.receive(step.line + CRLF, i + 1).send);
    } else if (step.kind === 'drop') {
      expect(session.server.abort('connection-lost').send, `${at}: a drop sends nothing`).toBe('');
    } else {
      expect(session.server.closed, `${at}: the server should have closed`).toBe(true);
    }
  });
  for (const [n, session] of sessions) expect(session.pending, `session ${n}: server lines left over at the end`).toEqual([]);
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
    const script = load('pop3-rfc1939-s10.txt').steps.flatMap((s) => (s.kind === 'C' && s.session === 1 ? [s.line + CRLF] : [])).join('');
    for (const chunking of ['whole', 'octets'] as const) {
      const golden = load('pop3-rfc1939-s10.txt');
      const server = createPop3Server(golden.office, { ...golden.options, digests: NOBLE_DIGESTS });
      let wire = server.greet(0).send;
      const chunks = chunking === 'whole' ? [script] : [...script];
      for (const chunk of chunks) wire += server.receive(chunk, 1).send;
      expect(wire, chunking).toBe(reference);
    }
  });
});
