/**
 * One shape for every protocol's state machine, server and client alike:
 * the states, the next state after each command (a server's command that
 * succeeded; a client's step), the state-changing failures, the opening
 * edge the RFC draws for the greeting, and the RFC section behind each
 * state. The engines take their next state from it, and the UI's state
 * diagram (src/ui/diagram/) draws it, so the two cannot drift apart.
 */
import type { Protocol } from './engine.ts';

export interface StateMachine<S extends string = string, E extends string = string> {
  readonly protocol: Protocol;
  readonly role: 'server' | 'client';
  readonly states: readonly S[];
  /** The next state after each edge (a command that succeeded, or a client's step), per state; no entry: not allowed there. */
  readonly transitions: Readonly<Record<S, Readonly<Partial<Record<E, S>>>>>;
  /** Failed commands that still change state (RFC 918 PASS); any other failure leaves the state as it was. */
  readonly failures?: Readonly<Partial<Record<S, Readonly<Partial<Record<E, S>>>>>>;
  /** The edge the connection's opening takes, where the RFC draws one (the greeting). */
  readonly open?: { readonly from: S; readonly to: S; readonly label: string };
  /** The RFC section behind each state. */
  readonly stateRfc: Readonly<Record<S, string>>;
  /** The RFC names no states (RFC 918): these names are the simulator's own, and the diagram says so. */
  readonly ownNames?: boolean;
}

export type ServerMachine<S extends string = string, C extends string = string> = StateMachine<S, C> & { readonly role: 'server' };
export type ClientMachine<S extends string = string, E extends string = string> = StateMachine<S, E> & { readonly role: 'client' };

/** The state after `edge` from `state`, or undefined when the machine has no such edge. */
export function nextState<S extends string, E extends string>(machine: StateMachine<S, E>, state: S, edge: E): S | undefined {
  return machine.transitions[state][edge];
}

/** Every state gets the same RFC reference (the POP1 and POP2 RFCs define their states in one place). */
export function sameRfc<S extends string>(states: readonly S[], rfc: string): Readonly<Record<S, string>> {
  return Object.fromEntries(states.map((s) => [s, rfc])) as Record<S, string>;
}

/** Whether `keyword` is one of a protocol's commands (a command line's keyword is untrusted text). */
export function isOneOf<C extends string>(commands: readonly C[], keyword: string): keyword is C {
  return (commands as readonly string[]).includes(keyword);
}
