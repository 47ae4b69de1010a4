/**
 * TEMPORARY development fixture: a tiny typed trace of alice's 3-message POP3
 * session, used only until src/sim lands. Delete this file once the real
 * simulator is wired (a hard-coded result left in the app is a defect).
 */
import type { FaultSpec, Outcome, TraceBody, TraceEvent, WorldView, CustodyView } from '../sim/types.ts';
import type { RunLike } from './run.ts';

const MSGS = [
  { uid: 'a1', label: 'Welcome', size: 120 },
  { uid: 'b2', label: 'Lunch?', size: 340 },
  { uid: 'c3', label: 'Minutes', size: 900 },
];

function script(mode: 'delete' | 'keep'): TraceBody[] {
  const d = 'Laptop';
  const out: TraceBody[] = [];
  let seg = 0;
  const say = (direction: 'c2s' | 's2c', label: string, octets: string) => {
    const s = seg++;
    out.push({ kind: 'send', device: d, direction, segment: s, octets, label });
    for (let off = 0; off < octets.length; off += 200) {
      const chunk = octets.slice(off, off + 200);
      out.push({ kind: 'deliver', device: d, direction, segment: s, offset: off, octets: chunk, final: off + 200 >= octets.length });
    }
  };
  out.push({ kind: 'session-start', device: d, session: 1 });
  out.push({ kind: 'connection', device: d, change: 'opened' });
  say('s2c', '+OK POP3 server ready', '+OK POP3 server ready <1896.697170952@pop.example.org>\r\n');
  say('c2s', 'USER alice', 'USER alice\r\n');
  say('s2c', '+OK', '+OK\r\n');
  say('c2s', 'PASS ********', 'PASS tanstaaf\r\n');
  say('s2c', '+OK maildrop has 3 messages', '+OK maildrop has 3 messages (1360 octets)\r\n');
  out.push({ kind: 'server-state', device: d, from: 'AUTHORIZATION', to: 'TRANSACTION' });
  MSGS.forEach((m, i) => {
    say('c2s', `RETR ${i + 1}`, `RETR ${i + 1}\r\n`);
    const body = `Subject: ${m.label}\r\n\r\n${'..dotted line\r\n'}${'x'.repeat(m.size)}\r\n.\r\n`;
    say('s2c', `+OK ${m.size} octets`, `+OK ${m.size} octets\r\n${body}`);
    out.push({ kind: 'copy', device: d, uid: m.uid, key: m.uid, change: 'memory' });
    out.push({ kind: 'copy', device: d, uid: m.uid, key: m.uid, change: 'durable' });
    if (mode === 'delete') {
      say('c2s', `DELE ${i + 1}`, `DELE ${i + 1}\r\n`);
      say('s2c', `+OK message ${i + 1} deleted`, `+OK message ${i + 1} deleted\r\n`);
      out.push({ kind: 'marked', device: d, uid: m.uid, number: i + 1 });
    } else out.push({ kind: 'uid-memory', device: d, uid: m.uid, change: 'remembered' });
  });
  say('c2s', 'QUIT', 'QUIT\r\n');
  out.push({ kind: 'server-state', device: d, from: 'TRANSACTION', to: 'UPDATE' });
  if (mode === 'delete') for (const m of MSGS) out.push({ kind: 'removed', uid: m.uid, reason: 'update' });
  say('s2c', '+OK bye', '+OK bye\r\n');
  out.push({ kind: 'connection', device: d, change: 'closed' });
  out.push({ kind: 'session-end', device: d, ok: true, reason: 'QUIT' });
  return out;
}

function build(bodies: readonly TraceBody[]): TraceEvent[] {
  return bodies.map((b, step) => ({ ...b, step, tick: step * 40, explain: b.kind }) as TraceEvent);
}

class FixtureRun implements RunLike {
  constructor(
    readonly trace: readonly TraceEvent[],
    private readonly mode: 'delete' | 'keep',
  ) {}
  viewAt(step: number): WorldView {
    const server = new Map(MSGS.map((m) => [m.uid, 'present' as 'present' | 'marked' | 'removed']));
    const copies = new Map<string, 'partial' | 'memory' | 'durable'>();
    const uids: string[] = [];
    const inflight = new Map<number, { label: string; total: number; done: number; direction: 'c2s' | 's2c' }>();
    let connection: WorldView['devices'][number]['connection'] = 'offline';
    let state = 'AUTHORIZATION';
    for (const ev of this.trace.slice(0, step + 1)) {
      if (ev.kind === 'send') inflight.set(ev.segment, { label: ev.label, total: ev.octets.length, done: 0, direction: ev.direction });
      if (ev.kind === 'deliver') {
        const f = inflight.get(ev.segment);
        if (f) f.done = ev.offset + ev.octets.length;
        if (ev.final) inflight.delete(ev.segment);
      }
      if (ev.kind === 'marked') server.set(ev.uid, 'marked');
      if (ev.kind === 'removed') server.set(ev.uid, 'removed');
      if (ev.kind === 'copy') {
        if (ev.change === 'lost' || ev.change === 'discarded') copies.delete(ev.uid);
        else copies.set(ev.uid, ev.change);
      }
      if (ev.kind === 'uid-memory') uids.push(ev.uid);
      if (ev.kind === 'server-state') state = ev.to;
      if (ev.kind === 'connection') connection = ev.change === 'opened' ? 'connected' : ev.change;
      if (ev.kind === 'fault') {
        connection = ev.fault === 'crash-client' ? 'crashed' : 'dropped';
        inflight.clear();
        if (ev.fault === 'crash-client') for (const [k, v] of copies) if (v === 'memory') copies.delete(k);
      }
    }
    const custody: CustodyView[] = MSGS.map((m) => {
      const has = copies.has(m.uid);
      const on = server.get(m.uid) !== 'removed';
      return {
        uid: m.uid,
        label: m.label,
        verdict: has ? 'delivered' : on ? 'pending' : 'lost',
        copiesByDevice: { Laptop: has ? 1 : 0 },
        onServer: on,
      };
    });
    return {
      step,
      tick: this.trace[step]?.tick ?? 0,
      protocol: 'pop3',
      serverUp: true,
      lockHolder: connection === 'connected' ? 'Laptop' : null,
      maildrop: MSGS.map((m) => ({ uid: m.uid, label: m.label, sizeOctets: m.size, status: server.get(m.uid)! })),
      devices: [
        {
          name: 'Laptop',
          connection,
          clientState: state,
          serverState: state,
          copies: [...copies].map(([uid, status]) => ({ uid, label: MSGS.find((m) => m.uid === uid)!.label, status, count: 1 })),
          uidMemory: uids,
        },
      ],
      inFlight: [...inflight].map(([segment, f]) => ({ device: 'Laptop', direction: f.direction, segment, label: f.label, totalOctets: f.total, deliveredOctets: f.done })),
      custody,
    };
  }
  outcome(): Outcome {
    const v = this.viewAt(this.trace.length - 1);
    const count = (k: string) => v.custody.filter((c) => c.verdict === k).length;
    return { delivered: count('delivered'), duplicated: 0, lost: count('lost'), gap: 0, messages: v.custody };
  }
  fork(step: number, fault: FaultSpec): RunLike {
    const kept = this.trace.slice(0, step).map((e) => e as TraceBody);
    kept.push({ kind: 'fault', fault: fault.kind, device: 'Laptop', detail: fault.kind });
    return new FixtureRun(build(kept), this.mode);
  }
}

export function fixtureRun(mode: 'delete' | 'keep'): RunLike {
  return new FixtureRun(build(script(mode)), mode);
}
