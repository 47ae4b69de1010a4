/**
 * The state machines (machine.ts) the engines run and the diagrams draw:
 * well formed, and every state change a simulated session makes is one of
 * their edges (RFC 1939 §3-§6, RFC 937 "Server/Client State Diagram", RFC 918).
 */
import { describe, expect, it } from 'vitest';
import type { StateMachine } from './machine.ts';
import { POP1_SERVER_MACHINE } from './pop1/server.ts';
import { POP2_SERVER_MACHINE } from './pop2/server.ts';
import { POP3_SERVER_MACHINE } from './pop3/server.ts';
import { POP1_CLIENT_MACHINE } from './pop1/client.ts';
import { POP2_CLIENT_MACHINE } from './pop2/client.ts';
import { POP3_CLIENT_MACHINE } from './pop3/client.ts';
import { simulate } from '../sim/run.ts';
import { ALL_ENGINES } from '../sim/engines-all.ts';
import { device, world } from '../sim/testkit.ts';

const MACHINES: readonly StateMachine[] = [POP1_SERVER_MACHINE, POP2_SERVER_MACHINE, POP3_SERVER_MACHINE, POP1_CLIENT_MACHINE, POP2_CLIENT_MACHINE, POP3_CLIENT_MACHINE];

function edges(m: StateMachine): Set<string> {
  const out = new Set<string>();
  const tables = [m.transitions, m.failures ?? {}] as Readonly<Record<string, Readonly<Record<string, string | undefined>> | undefined>>[];
  for (const table of tables) for (const from of m.states) for (const to of Object.values(table[from] ?? {})) if (to) out.add(`${from}>${to}`);
  if (m.open) out.add(`${m.open.from}>${m.open.to}`);
  return out;
}

describe('state machines: one shape for servers and clients', () => {
  it('every edge leads to a state of the machine, and every state has its RFC reference', () => {
    for (const m of MACHINES) {
      for (const e of edges(m)) for (const s of e.split('>')) expect(m.states, `${m.protocol} ${m.role}: ${e}`).toContain(s);
      for (const s of m.states) expect(m.stateRfc[s], `${m.protocol} ${m.role} ${s}`).toMatch(/^RFC \d+/);
    }
  });

  for (const protocol of ['pop1', 'pop2', 'pop3'] as const) {
    it(`${protocol.toUpperCase()}: every server and client state change in a session (with a dropped connection) is an edge of its machine`, () => {
      const server = MACHINES.find((m) => m.protocol === protocol && m.role === 'server')!;
      const client = MACHINES.find((m) => m.protocol === protocol && m.role === 'client')!;
      const config = world({ protocol, devices: [device('Laptop', {}, { pollAtTicks: [0, 700_000] })], faults: [{ kind: 'drop-connection', device: 'Laptop', placement: { atStep: 30 } }] });
      const run = simulate(config, { engines: ALL_ENGINES });
      let seen = 0;
      for (const e of run.trace) {
        if (e.kind !== 'server-state' && e.kind !== 'client-state') continue;
        const m = e.kind === 'server-state' ? server : client;
        // The simulator's CLOSED marks a session's end, outside the machine; so does an abort to DONE (a drop, a timeout).
        if (!m.states.includes(e.from) || !m.states.includes(e.to)) continue;
        if (e.to === 'DONE' && !edges(m).has(`${e.from}>${e.to}`)) continue;
        expect(edges(m), `${protocol} ${m.role}: ${e.from} -> ${e.to}`).toContain(`${e.from}>${e.to}`);
        seen++;
      }
      expect(seen).toBeGreaterThan(3);
    });
  }
});
