import { describe, expect, it } from 'vitest';
import { toWorldConfig } from '../../scenarios/format.ts';
import { builtinScenario, DEFAULT_SCENARIO_ID } from '../../scenarios/library/index.ts';
import type { Protocol } from '../../protocol/engine.ts';
import { TerminalSessionCore, terminalConfig, HISTORY_EVENTS, MAX_LINES, type TerminalLine } from './session.ts';
import { LineEditor, History } from './line-editor.ts';
import { complete } from './commands.ts';
import { utf8ToOctets } from '../../protocol/octets.ts';

function session(protocol: Protocol = 'pop3', onChange?: () => void): TerminalSessionCore {
  const base = toWorldConfig(builtinScenario(DEFAULT_SCENARIO_ID)!);
  return new TerminalSessionCore(() => terminalConfig({ ...base, protocol }), onChange ? { onChange } : {});
}

/** The lines added by one submitted command. */
function run(s: TerminalSessionCore, line: string): TerminalLine[] {
  const before = s.lines.length === 0 ? -1 : s.lines[s.lines.length - 1]!.id;
  s.submit(line);
  return s.lines.filter((l) => l.id > before);
}

describe('terminal session over a LiveWorld', () => {
  it('RFC 1939 §4: connecting shows the greeting as a +OK status line', () => {
    const s = session();
    expect(s.connected).toBe(true);
    const greeting = s.lines.find((l) => l.kind === 'ok');
    expect(greeting?.text).toMatch(/^\+OK POP3 server ready <.+>$/);
    expect(s.lines[0]).toMatchObject({ kind: 'info', text: expect.stringContaining('alice') });
  });

  it('RFC 1939 §5: a typed session gives status lines and data lines apart, by the trace, and ends at QUIT', () => {
    let changes = 0;
    const s = session('pop3', () => changes++);
    expect(run(s, 'USER alice').map((l) => l.kind)).toEqual(['command', 'ok']);
    expect(run(s, 'PASS wrong')).toMatchObject([{ kind: 'command' }, { kind: 'err', text: expect.stringMatching(/^-ERR/) }]);
    run(s, 'USER alice');
    expect(run(s, `PASS ${s.live.world.config.secret}`)[1]).toMatchObject({ kind: 'ok' });
    const stat = run(s, 'STAT');
    expect(stat[1]!.text).toMatch(/^\+OK 3 \d+$/);
    const retr = run(s, 'RETR 1');
    expect(retr[1]).toMatchObject({ kind: 'ok', text: expect.stringMatching(/^\+OK \d+ octets$/) });
    expect(retr.slice(2).every((l) => l.kind === 'data')).toBe(true);
    expect(retr.map((l) => l.text)).toContain('Subject: Lunch on Friday?');
    expect(retr[retr.length - 1]!.text).toBe('.');
    expect(run(s, 'DELE 1')[1]).toMatchObject({ kind: 'ok' });
    expect(s.view().maildrop[0]!.status).toBe('marked');
    const quit = run(s, 'QUIT');
    expect(quit[1]).toMatchObject({ kind: 'ok' });
    expect(quit[2]).toMatchObject({ kind: 'info', text: expect.stringContaining('Connection closed') });
    expect(s.connected).toBe(false);
    // RFC 1939 §6: QUIT from TRANSACTION removed the marked message.
    expect(s.view().maildrop[0]!.status).toBe('removed');
    expect(s.transcript()).toContain('C: RETR 1');
    expect(s.trace.some((e) => e.kind === 'command' && e.keyword === 'STAT')).toBe(true);
    expect(changes).toBe(8); // one per command sent
  });

  it('after the connection closed, POP lines are not sent; connect opens a new session on the same server', () => {
    const s = session();
    run(s, 'QUIT');
    const sentBefore = s.trace.filter((e) => e.kind === 'send').length;
    expect(run(s, 'NOOP')).toMatchObject([{ kind: 'command' }, { kind: 'info', text: expect.stringContaining('Not connected') }]);
    expect(s.trace.filter((e) => e.kind === 'send').length).toBe(sentBefore);
    const again = run(s, 'connect');
    expect(again.some((l) => l.kind === 'ok' && /server ready/.test(l.text))).toBe(true);
    expect(s.connected).toBe(true);
  });

  it('a message body line that looks like a status line stays data (RFC 1939 §3 multi-line)', () => {
    const base = toWorldConfig(builtinScenario(DEFAULT_SCENARIO_ID)!);
    const s = new TerminalSessionCore(() => terminalConfig({ ...base, messages: [{ text: 'Subject: x\r\n\r\n+OK not a status\r\n-ERR nor this\r\n' }] }));
    run(s, 'USER alice');
    run(s, `PASS ${base.secret}`);
    const retr = run(s, 'RETR 1');
    expect(retr.filter((l) => l.kind === 'ok')).toHaveLength(1);
    expect(retr.find((l) => l.text === '+OK not a status')?.kind).toBe('data');
    expect(retr.find((l) => l.text === '-ERR nor this')?.kind).toBe('data');
  });

  it('RFC 937: POP2 by hand: HELO gives #n, READ gives =c, RETR sends the data', () => {
    const s = session('pop2');
    expect(s.lines.find((l) => l.kind === 'ok')?.text).toMatch(/^\+ POP2/);
    expect(run(s, `HELO alice ${s.live.world.config.secret}`)[1]).toMatchObject({ kind: 'ok', text: '#3' });
    expect(run(s, 'READ')[1]!.text).toMatch(/^=\d+$/);
    const data = run(s, 'RETR');
    expect(data.slice(1).every((l) => l.kind === 'data')).toBe(true);
    expect(data.map((l) => l.text)).toContain('Subject: Lunch on Friday?');
  });

  it('meta-commands stay local: help, clear, reset', () => {
    const s = session();
    const sent = s.trace.length;
    const help = run(s, 'help');
    expect(help.length).toBeGreaterThan(15);
    expect(help.map((l) => l.text).join('\n')).toContain('RETR msg');
    expect(run(s, 'help RETR')[1]!.text).toBe('RETR msg');
    expect(s.trace.length).toBe(sent);
    run(s, 'clear');
    expect(s.lines).toEqual([]);
    expect(s.clearCount).toBe(1);
    run(s, 'USER alice');
    run(s, 'reset');
    expect(s.clearCount).toBe(2);
    expect(s.connected).toBe(true);
    // A fresh world: one session, no USER in its transcript.
    expect(s.transcript()).not.toContain('USER');
  });

  it('bad input never throws out of the session: an over-long line gets an answer, an empty line sends nothing', () => {
    const s = session();
    const n = s.trace.length;
    expect(run(s, '')).toMatchObject([{ kind: 'command', text: '' }]);
    expect(s.trace.length).toBe(n);
    const long = run(s, `USER ${'x'.repeat(600)}`);
    expect(long.length).toBeGreaterThan(1);
  });
});

describe('line editor', () => {
  const editor = () => new LineEditor({ complete: (line) => complete('pop3', line), prompt: '> ' });

  it('echoes typing, erases with Backspace and submits on Enter', () => {
    const e = editor();
    expect(e.feed('STAX').echo).toBe('STAX');
    expect(e.feed('\x7f').echo).toBe('\b \b');
    e.feed('T');
    expect(e.feed('\r')).toEqual({ echo: '\r\n', submitted: ['STAT'] });
    expect(e.buffer).toBe('');
  });

  it('pasted text with CRLF submits each line once', () => {
    const e = editor();
    expect(e.feed('USER alice\r\nPASS x\r\n').submitted).toEqual(['USER alice', 'PASS x']);
  });

  it('↑/↓ recall history and give back the draft', () => {
    const e = editor();
    e.feed('USER alice\r');
    e.feed('STAT\r');
    e.feed('LI');
    e.feed('\x1b[A');
    expect(e.buffer).toBe('STAT');
    e.feed('\x1b[A');
    expect(e.buffer).toBe('USER alice');
    expect(e.feed('\x1b[A').echo).toBe('');
    e.feed('\x1b[B');
    e.feed('\x1b[B');
    expect(e.buffer).toBe('LI');
  });

  it('Tab completes from the table and lists ambiguous candidates', () => {
    const e = editor();
    e.feed('re');
    expect(e.feed('\t').echo).toBe('\r\nRETR  reset\r\n> re');
    e.feed('\x03');
    e.feed('uid');
    e.feed('\t');
    expect(e.buffer).toBe('UIDL ');
  });

  it('history keeps a bounded number of entries and skips repeats', () => {
    const h = new History(2);
    h.add('A');
    h.add('A');
    h.add('B');
    h.add('C');
    expect(h.entries).toEqual(['B', 'C']);
  });
});

describe('terminal display of 8bit message bodies', () => {
  it('RFC 1939 §3: RETR data lines are octets; a UTF-8 body shows decoded, not as mojibake', () => {
    const base = toWorldConfig(builtinScenario(DEFAULT_SCENARIO_ID)!);
    const text = 'From: Zoë <zoe@example.org>\r\nSubject: Crème brûlée\r\nMessage-ID: <utf8@example.org>\r\n\r\nÇa marche très bien.\r\n';
    const octets = utf8ToOctets(text);
    const s = new TerminalSessionCore(() => terminalConfig({ ...base, messages: [{ text: octets }] }), {});
    run(s, 'USER alice');
    run(s, `PASS ${s.live.world.config.secret}`);
    const retr = run(s, 'RETR 1');
    expect(retr.map((l) => l.text)).toContain('Ça marche très bien.');
  });
});

describe('a long terminal session (issue 10: bounded history, constant memory per command)', () => {
  it('34,000 commands with reconnects: what the session keeps stops growing, the world keeps nothing between commands, and it still answers', () => {
    const s = session();
    const secret = s.live.world.config.secret;
    const script = ['STAT', 'LIST', 'NOOP', 'RETR 1', 'DELE 1', 'RSET', 'UIDL', 'XYZZY garbage', 'LIST 2', 'TOP 2 0'];
    const sizes: Array<ReturnType<TerminalSessionCore['retained']>> = [];
    let commands = 0;
    const type = (line: string) => {
      s.submit(line);
      commands += 1;
      expect(s.retained().worldTrace).toBe(0);
    };
    while (commands < 34_000) {
      if (!s.connected) type('connect');
      type('USER alice');
      type(`PASS ${secret}`);
      for (let i = 0; i < 480; i++) type(script[i % script.length]!);
      type('QUIT');
      if (commands >= 12_000 && sizes.length === 0) sizes.push(s.retained());
    }
    const end = s.retained();
    sizes.push(end);
    // Bounded: the history is at most one and a half windows; snapshots and lines follow it.
    for (const r of sizes) {
      expect(r.history).toBeLessThanOrEqual(HISTORY_EVENTS * 1.5);
      expect(r.snapshots).toBeLessThanOrEqual((HISTORY_EVENTS * 1.5) / 256 + 1);
      expect(r.lines).toBeLessThanOrEqual(MAX_LINES);
    }
    // Constant per command: 22,000 more commands kept no more than the bound already reached.
    expect(end.history).toBeLessThanOrEqual(HISTORY_EVENTS * 1.5);
    expect(s.forgotten).toBeGreaterThan(100_000);
    // The retained events themselves are bounded in size, not just in number.
    const bytes = JSON.stringify(s.trace).length;
    expect(bytes).toBeLessThan(HISTORY_EVENTS * 1.5 * 400);
    // Steps stay positions in the kept history, and the session still works.
    expect(s.trace.every((e, i) => e.step === i)).toBe(true);
    s.submit('connect');
    expect(run(s, 'USER alice')[1]).toMatchObject({ kind: 'ok' });
    expect(s.view().maildrop).toHaveLength(3);
  }, 120_000);

  it('the session as a run: the view at its newest step is the world view, and DELE then QUIT show marked then removed (RFC 1939 §5, §6)', () => {
    const s = session();
    run(s, 'USER alice');
    run(s, `PASS ${s.live.world.config.secret}`);
    run(s, 'RETR 1');
    run(s, 'DELE 1');
    const afterDele = s.run();
    expect(afterDele.viewAt(afterDele.trace.length - 1).maildrop[0]!.status).toBe('marked');
    const markedAt = afterDele.trace.findIndex((e) => e.kind === 'marked');
    expect(afterDele.viewAt(markedAt - 1).maildrop[0]!.status).toBe('present');
    run(s, 'QUIT');
    const afterQuit = s.run();
    expect(afterQuit.viewAt(afterQuit.trace.length - 1).maildrop.map((m) => m.status)).toEqual(s.view().maildrop.map((m) => m.status));
    expect(afterQuit.viewAt(afterQuit.trace.length - 1).maildrop[0]!.status).toBe('removed');
    // The terminal keeps no copy (a person, not a mail client): the ledger says message 1 is lost.
    expect(afterQuit.outcome().messages[0]!.verdict).toBe('lost');
    // The older snapshot is unchanged by later commands.
    expect(afterDele.viewAt(afterDele.trace.length - 1).maildrop[0]!.status).toBe('marked');
    expect(() => afterQuit.fork()).toThrow(/past of a typed session/);
  });

  it('after the history is trimmed, seeking anywhere in what is kept still matches the live world at the end', () => {
    const s = session();
    run(s, 'USER alice');
    run(s, `PASS ${s.live.world.config.secret}`);
    while (s.forgotten === 0) run(s, 'NOOP');
    run(s, 'DELE 2');
    const r = s.run();
    expect(r.trace[0]!.step).toBe(0);
    expect(r.viewAt(r.trace.length - 1).maildrop.map((m) => m.status)).toEqual(['present', 'marked', 'present']);
    expect(r.viewAt(0).maildrop.map((m) => m.status)).toEqual(['present', 'present', 'present']);
  });
});
