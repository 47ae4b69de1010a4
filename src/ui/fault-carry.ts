/**
 * Where a point of a run is in the dialogue, so it can be found again in
 * another run of the same scenario (another Retention, protocol or server).
 *
 * A raw trace index means nothing across runs: "leave on server" sends UIDL
 * and no DELE, so index 100 is a different moment. A dialogue position is:
 * this device's session, the n-th command with this keyword, and how far that
 * exchange had got (not sent yet, on its way, read by the server, reply
 * arriving chunk by chunk, reply in), plus the events since. A fault placed
 * "before QUIT" stays before QUIT in every mode (RFC 1939 §6: QUIT is where
 * UPDATE happens, the point the learner is asking about).
 */
import type { FaultKind, TraceEvent } from '../sim/types.ts';
import { t } from './messages.ts';
import * as m from '../i18n/paraglide/messages.js';

/** What carryFrom reads and into() drives on the player. */
interface CarryPlayer {
  readonly trace: readonly TraceEvent[];
  readonly cursor: number;
  readonly last: number;
  readonly userFaults: ReadonlyArray<{ readonly kind: FaultKind; readonly atStep: number; readonly device?: string }>;
  readonly view: { readonly devices: ReadonlyArray<{ readonly name: string }> };
  readonly run: { readonly config: { readonly devices: ReadonlyArray<{ readonly name: string }> } };
  forkAt(kind: FaultKind, atStep: number, device: string | undefined): boolean;
  select(step: number): void;
}

/** The learner's line when a fault has no place in the new run. */
const gone = (fault: string, keyword: string): string => (keyword ? m.faultmap_goneAt({ fault, keyword }) : m.faultmap_gone({ fault }));

/**
 * Reads the dialogue positions of the learner's faults and cursor from the
 * run on screen; `into` re-places them in the player's new run (in the order
 * they were added, each fork seeing the faults before it) and returns one
 * line per fault that has no place there.
 */
export function carryFrom(player: CarryPlayer): { into(player: CarryPlayer): string[] } {
  const old = player.trace;
  const device = player.view.devices[0]?.name ?? player.run.config.devices[0]?.name ?? '';
  const faults = player.userFaults.map((f) => ({ f, anchor: anchorOf(old, f.atStep, f.device ?? device) }));
  const cursor = player.cursor > 0 && player.cursor < player.last ? anchorOf(old, player.cursor + 1, device) : null;
  const atEnd = player.cursor > 0 && player.cursor >= player.last;
  return {
    into(next) {
      const notes: string[] = [];
      for (const { f, anchor } of faults) {
        const at = anchor ? placeAnchor(next.trace, anchor) : null;
        if (at === null) notes.push(gone(t.faultNames[f.kind], anchor?.keyword ?? ''));
        else next.forkAt(f.kind, at, f.device);
      }
      const at = cursor ? placeAnchor(next.trace, cursor) : null;
      if (at !== null) next.select(at - 1);
      else if (atEnd) next.select(next.last);
      return notes;
    },
  };
}

export interface Anchor {
  readonly device: string;
  readonly session: number;
  readonly keyword: string;
  /** 1 for the first command with this keyword in the session. */
  readonly occurrence: number;
  /** How many milestones of the exchange (send, arrival, reply sent, reply chunks) happened before the point. */
  readonly stage: number;
  /** Events after the last milestone and before the point. */
  readonly extra: number;
}

function keywordOf(label: string): string {
  return (label.split(' ')[0] ?? '').toUpperCase();
}

/**
 * The client's commands of a device, in order: index of the send, session,
 * keyword, occurrence. Each session's start counts as a command with keyword
 * '' (its exchange is the server's greeting), so a point before the first
 * command has a place too.
 */
function commandsOf(trace: readonly TraceEvent[], device: string): Array<{ at: number; session: number; keyword: string; occurrence: number }> {
  const out: Array<{ at: number; session: number; keyword: string; occurrence: number }> = [];
  const seen = new Map<string, number>();
  for (let i = 0; i < trace.length; i++) {
    const ev = trace[i]!;
    const start = ev.kind === 'session-start' && ev.device === device;
    if (!start && (ev.kind !== 'send' || ev.direction !== 'c2s' || ev.device !== device)) continue;
    const session = ev.session ?? 0;
    const keyword = ev.kind === 'send' ? keywordOf(ev.label) : '';
    const key = `${session} ${keyword}`;
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    out.push({ at: i, session, keyword, occurrence });
  }
  return out;
}

/**
 * The milestones of the exchange that starts with the command sent at `at`:
 * the send, its final arrival, the reply's send and each reply chunk, up to
 * (not including) the device's next command.
 */
function milestones(trace: readonly TraceEvent[], at: number, device: string, until: number): number[] {
  const first = trace[at]!;
  const segment = first.kind === 'send' ? first.segment : -1;
  const out = [at];
  let reply = -1;
  for (let i = at + 1; i < until; i++) {
    const ev = trace[i]!;
    if (ev.kind === 'deliver' && ev.device === device) {
      if (ev.direction === 'c2s' && ev.segment === segment && ev.final) out.push(i);
      else if (ev.direction === 's2c' && ev.segment === reply) out.push(i);
    } else if (ev.kind === 'send' && ev.device === device && ev.direction === 's2c' && reply < 0) {
      reply = ev.segment;
      out.push(i);
    }
  }
  return out;
}

/** The dialogue position of the point just before trace index `at` (where a fault placed at `at` fires), or null before the device's first command. */
export function anchorOf(trace: readonly TraceEvent[], at: number, device: string): Anchor | null {
  const commands = commandsOf(trace, device);
  let k = -1;
  for (let j = 0; j < commands.length; j++) if (commands[j]!.at < at) k = j;
  // Right before a command is sent: anchor to that command, stage 0.
  const next = commands[k + 1];
  if (next && next.at === at) return { device, session: next.session, keyword: next.keyword, occurrence: next.occurrence, stage: 0, extra: 0 };
  if (k < 0) return next ? { device, session: next.session, keyword: next.keyword, occurrence: next.occurrence, stage: 0, extra: 0 } : null;
  const c = commands[k]!;
  const marks = milestones(trace, c.at, device, next?.at ?? trace.length);
  let stage = 0;
  while (stage < marks.length && marks[stage]! < at) stage++;
  return { device, session: c.session, keyword: c.keyword, occurrence: c.occurrence, stage, extra: at - 1 - marks[stage - 1]! };
}

/** The trace index of the same dialogue position in another run, or null if that command is not in it. */
export function placeAnchor(trace: readonly TraceEvent[], anchor: Anchor): number | null {
  const commands = commandsOf(trace, anchor.device);
  const j = commands.findIndex((c) => c.session === anchor.session && c.keyword === anchor.keyword && c.occurrence === anchor.occurrence);
  if (j < 0) return null;
  const c = commands[j]!;
  if (anchor.stage === 0) return c.at;
  const until = commands[j + 1]?.at ?? trace.length;
  const marks = milestones(trace, c.at, anchor.device, until);
  const stage = Math.min(anchor.stage, marks.length);
  // Not past the next milestone (or the next command): the same moment of the exchange.
  const limit = stage < marks.length ? marks[stage]! : until;
  return Math.min(limit, marks[stage - 1]! + 1 + anchor.extra);
}
