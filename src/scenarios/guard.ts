/**
 * Input hardening for scenarios, around the schema check in parse.ts: what
 * must be refused before any real work, and what is said about a scenario
 * that is valid but would not do what it seems to.
 *
 * Rules of this module:
 * - Work is bounded before it starts. A JSON text is measured in UTF-8
 *   octets (the unit of a file's size and of an inflated share link) and its
 *   nesting is counted by a linear scan before JSON.parse, so a 500,000-deep
 *   array is refused at its 33rd bracket, not after a recursive parse. A
 *   value handed over already parsed (embed, postMessage) is walked with an
 *   explicit stack, never by recursion, so a cycle or a deep value is refused
 *   too.
 * - Keys that JavaScript objects treat specially (`__proto__`, `constructor`,
 *   `prototype`) are refused with their path: in a record such as
 *   `knownUids` they would otherwise be dropped silently by the object that
 *   holds them and change the verdict.
 * - The trace a scenario will produce is estimated from the scenario alone
 *   (polls, messages, their octets, the channel's octets per tick) and a
 *   scenario over TRACE_LIMITS.estimatedEvents is refused with a message that
 *   says what to reduce, instead of failing inside the simulator.
 * - Error messages quote input, they do not echo it: every message is one
 *   line, control characters are shown as escapes, any run of more than
 *   QUOTE_CHARS characters is cut, and the whole is at most MESSAGE_CHARS.
 * - Faults that can never fire (a step past the end of the unfaulted run,
 *   `onCommand` naming a command no client of the scenario sends) are
 *   reported as warnings with the reason, never silently listed.
 */
import { DEFAULT_MAX_EVENTS, World } from '../sim/world.ts';
import { runToEnd } from '../sim/stepwise.ts';
import { LIMITS, toWorldConfig, type Scenario } from './scenario.ts';
import type { ParseResult } from './parse.ts';
import type { Retention } from '../protocol/engine.ts';
import { ALL_ENGINES } from '../sim/engines-all.ts';
import * as m from '../i18n/paraglide/messages.js';

export const GUARD_LIMITS = {
  /** A JSON text's size in UTF-8 octets (the same number as LIMITS.jsonChars, which counts octets). */
  jsonOctets: LIMITS.jsonChars,
  /** Nesting of arrays and objects; a valid scenario needs 5 (faults[0].placement.probability.numerator). */
  depth: 32,
  /** Arrays, objects and values in a value handed over already parsed. */
  nodes: 2_000_000,
  /** Characters of input quoted in one message. */
  quoteChars: 80,
  /** Characters in one message. */
  messageChars: 240,
} as const;

export const TRACE_LIMITS = {
  /**
   * Trace events a scenario may be estimated to produce. The estimate errs
   * high; the simulator's own hard bound (DEFAULT_MAX_EVENTS, 200,000) is
   * four times this, so a scenario let through never reaches it. About half
   * a second of simulation on a classroom laptop.
   */
  estimatedEvents: DEFAULT_MAX_EVENTS / 4,
} as const;

/** Keys that plain JavaScript objects treat specially. */
const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

// ---------------------------------------------------------------------------
// Messages: one short line each

/** Shows one control character as an escape. */
function escapeControl(c: string): string {
  const code = c.charCodeAt(0);
  if (c === '\n') return '\\n';
  if (c === '\r') return '\\r';
  if (c === '\t') return '\\t';
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * One line of at most MESSAGE_CHARS characters: control and line-separator
 * characters escaped, any run of more than QUOTE_CHARS non-space characters
 * cut with an ellipsis (a quoted value, a path through a huge key).
 */
export function oneLine(message: string): string {
  // Runs are cut first, over the whole message, so the words after a huge
  // quoted value (": unknown field") survive the final cap.
  const cut = message.replace(new RegExp(`\\S{${GUARD_LIMITS.quoteChars + 1},}`, 'g'), (run) => `${run.slice(0, GUARD_LIMITS.quoteChars)}…${run.endsWith(':') ? ':' : ''}`);
  const capped = cut.length > 4 * GUARD_LIMITS.messageChars ? cut.slice(0, 4 * GUARD_LIMITS.messageChars) : cut;
  const escaped = capped.replace(/[\x00-\x1f\x7f-\x9f\u2028\u2029]/g, escapeControl);
  return escaped.length > GUARD_LIMITS.messageChars ? `${escaped.slice(0, GUARD_LIMITS.messageChars - 1)}…` : escaped;
}

/** Quotes a piece of input in a message: JSON-style, cut at QUOTE_CHARS. */
export function quote(text: string): string {
  const cut = text.length > GUARD_LIMITS.quoteChars ? `${text.slice(0, GUARD_LIMITS.quoteChars)}…` : text;
  return JSON.stringify(cut);
}

// ---------------------------------------------------------------------------
// Before parsing

/** UTF-8 octets of a string, counted without encoding it. */
function utf8Octets(text: string): number {
  // Most scenario text is ASCII, one octet a char: a native scan instead of
  // the loop (a 500-message link is checked at an embed's start, issue 12).
  if (/^[\x00-\x7f]*$/.test(text)) return text.length;
  let octets = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) octets += 1;
    else if (code < 0x800) octets += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      octets += 4; // a surrogate pair is one code point of four octets
      i++;
    } else octets += 3;
  }
  return octets;
}

/** Refuses a JSON text that is too large or nested too deeply, in one linear scan and before JSON.parse. */
function jsonTextProblem(text: string): string | null {
  // Cheap first: every character is at least one octet.
  if (text.length > GUARD_LIMITS.jsonOctets) {
    return `scenario: ${m.format_jsonMoreThanOctets({ limit: GUARD_LIMITS.jsonOctets, length: text.length })}`;
  }
  const octets = utf8Octets(text);
  if (octets > GUARD_LIMITS.jsonOctets) {
    return `scenario: ${m.format_jsonOctets({ octets, limit: GUARD_LIMITS.jsonOctets })}`;
  }
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > GUARD_LIMITS.depth) {
        return `scenario: ${m.format_nestedAt({ depth: GUARD_LIMITS.depth, at: i })}`;
      }
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return null;
}

function pathOf(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  const shown = /^[A-Za-z_$][\w$]*$/.test(key) ? key : quote(key);
  return parent === '' ? shown : `${parent}.${shown}`;
}

/**
 * Walks a value with an explicit stack: refuses depth past the limit (a cycle
 * too), too many nodes, and reserved keys, each with the path.
 */
function valueProblem(value: unknown): string | null {
  const stack: Array<{ readonly value: unknown; readonly depth: number; readonly path: string }> = [{ value, depth: 0, path: '' }];
  let nodes = 0;
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (++nodes > GUARD_LIMITS.nodes) return `scenario: ${m.format_tooManyValues({ limit: GUARD_LIMITS.nodes })}`;
    if (typeof item.value !== 'object' || item.value === null) continue;
    if (item.depth >= GUARD_LIMITS.depth) {
      return `${item.path || 'scenario'}: ${m.format_nested({ depth: GUARD_LIMITS.depth })}`;
    }
    if (Array.isArray(item.value)) {
      for (let i = item.value.length - 1; i >= 0; i--) stack.push({ value: item.value[i], depth: item.depth + 1, path: pathOf(item.path, i) });
      continue;
    }
    for (const key of Object.keys(item.value)) {
      if (RESERVED_KEYS.has(key)) {
        // In a record (knownUids) the key is data the learner chose; anywhere
        // else no field has such a name, so it is simply an unknown field.
        return /knownUids$/.test(item.path)
          ? `${item.path}: ${m.format_reservedUid({ uid: quote(key) })}`
          : `${pathOf(item.path, key)}: ${m.format_unknownField()}`;
      }
      stack.push({ value: (item.value as Record<string, unknown>)[key], depth: item.depth + 1, path: pathOf(item.path, key) });
    }
  }
  return null;
}

// ---------------------------------------------------------------------------
// Trace size estimate

/** Per-event costs measured on the simulator (src/scenarios/guard.test.ts holds the estimate above the real count). */
const COST = {
  /** A session: connect, greeting, login, STAT/LIST/UIDL status lines, QUIT, close. */
  session: 70,
  /** Octets of a session's commands and status lines (greeting, login, STAT, LIST/UIDL heads, QUIT): transferred tick by tick too. */
  sessionOctets: 500,
  /** One message fetched: RETR, its reply, DELE/ACKD/RCVD, save, durable, ledger changes. */
  fetch: 30,
  /** Octets per message line in a LIST or UIDL listing (each poll lists every message). */
  listingOctets: 90,
  /** One fault firing, and the session it may cause. */
  fault: 100,
} as const;

/** Octets one maildrop entry takes on the wire, erring high (CRLF, dot-stuffing, encoded headers). */
function wireOctets(scenario: Scenario, index: number): number {
  const entry = scenario.maildrop[index]!;
  const body = entry.text ?? entry.body ?? '';
  let lines = 1;
  for (let i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) lines++;
  const headers = entry.text === undefined ? 300 + 4 * ((entry.subject ?? '').length + (entry.from ?? '').length + (entry.to ?? '').length) : 0;
  // Every line may gain a CR and a stuffed dot (RFC 1939 §3).
  return utf8Octets(body) + 2 * lines + headers;
}

/**
 * Does a device fetch every message again at every poll? Yes when it keeps
 * mail on the server and cannot tell what it already has: no UIDL (RFC 1939
 * §7 is optional), POP1 and POP2 (no unique-ids at all), or a server whose
 * unique-ids do not persist.
 */
function refetchesEveryPoll(scenario: Scenario, device: Scenario['devices'][number], retention: Retention): boolean {
  if (retention !== 'keep') return false;
  if (scenario.protocol !== 'pop3' || !device.useUidl) return true;
  return scenario.personality === 'no-uidl' || scenario.personality === 'uids-reassigned';
}

/**
 * About how many trace events a run of the scenario produces, erring high:
 * per device, each poll is a session that lists every message, and each
 * message fetched costs its command events plus one event per channel tick
 * of its transfer (octets / octetsPerTick). `mode` forces every device's
 * retention, as the app's Retention setting does.
 */
export function estimateTraceEvents(scenario: Scenario, mode?: Retention): number {
  const perTick = Math.max(1, scenario.channel.octetsPerTick);
  const messages = scenario.maildrop.length;
  let transferEvents = 0;
  for (let i = 0; i < messages; i++) transferEvents += Math.ceil(wireOctets(scenario, i) / perTick) + COST.fetch;
  const listingEvents = Math.ceil((COST.sessionOctets + messages * COST.listingOctets) / perTick);
  const faults = scenario.faults.length;
  let total = faults * COST.fault;
  for (const device of scenario.devices) {
    const polls = Math.max(1, device.polls.length);
    const sessions = polls + faults;
    const retention = mode ?? device.retention;
    // A fault can make a device fetch everything once more at its next poll.
    const rounds = refetchesEveryPoll(scenario, device, retention) ? sessions : Math.min(sessions, 1 + faults);
    total += sessions * (COST.session + listingEvents) + rounds * transferEvents;
  }
  return Math.ceil(total);
}

/**
 * The size refusal, or null: the estimate for the scenario as written and
 * for either forced retention (the Retention setting applies to every
 * scenario), whichever is largest.
 */
function scenarioSizeProblem(scenario: Scenario): string | null {
  const estimate = Math.max(estimateTraceEvents(scenario), estimateTraceEvents(scenario, 'keep'), estimateTraceEvents(scenario, 'delete'));
  if (estimate <= TRACE_LIMITS.estimatedEvents) return null;
  return m.format_scenarioTooLarge({ estimate, limit: TRACE_LIMITS.estimatedEvents });
}

// ---------------------------------------------------------------------------
// Faults that can never fire

/** Faults that aim at another party, so any device's command can trigger them (as in the simulator). */
const AIMED_ELSEWHERE: ReadonlySet<string> = new Set(['second-device-login', 'crash-server']);

/**
 * Warnings for faults that can never fire, each with the reason. Runs the
 * scenario once without faults (bounded by the size check) only when a fault
 * is placed by step or by command.
 */
function* unreachableFaults(scenario: Scenario): Generator<void, string[], void> {
  const needsRun = scenario.faults.some((f) => 'atStep' in f.placement || 'onCommand' in f.placement);
  if (!needsRun) return [];
  let trace;
  try {
    const config = toWorldConfig({ ...scenario, faults: [] });
    // The World itself, not simulate(): nothing here needs seeking or a transcript.
    const world = new World({ ...config, maxEvents: DEFAULT_MAX_EVENTS }, { engines: ALL_ENGINES, checkInvariants: false });
    // A step at a time: a shared 500-message run with a fault made it one
    // task of a whole simulation (issue 12).
    yield* world.runInSteps();
    world.finish();
    trace = world.trace;
  } catch {
    return []; // A run that fails here fails in the app too, with its own message.
  }
  const sent = new Map<string, Set<string>>();
  for (const event of trace) {
    if (event.kind !== 'command') continue;
    let keywords = sent.get(event.device);
    if (!keywords) sent.set(event.device, (keywords = new Set()));
    keywords.add(event.keyword.toUpperCase());
  }
  const warnings: string[] = [];
  scenario.faults.forEach((f, i) => {
    const p = f.placement;
    if ('atStep' in p && p.atStep >= trace.length) {
      warnings.push(`faults[${i}].placement.atStep: ${m.format_stepPastEnd({ step: p.atStep, length: trace.length })}`);
    }
    if ('onCommand' in p) {
      const keyword = p.onCommand.toUpperCase();
      const anyDevice = f.device === undefined || AIMED_ELSEWHERE.has(f.kind);
      const senders = anyDevice ? [...sent.values()] : [sent.get(f.device!) ?? new Set<string>()];
      if (!senders.some((k) => k.has(keyword))) {
        const said = [...new Set(senders.flatMap((k) => [...k]))].sort().join(', ') || m.format_sendsNothing();
        const why = anyDevice ? m.format_clientsNeverSend({ keyword, said }) : m.format_deviceNeverSends({ device: quote(f.device!), keyword, said });
        warnings.push(oneLine(`faults[${i}].placement.onCommand: ${why}`));
      }
    }
  });
  return warnings;
}

// ---------------------------------------------------------------------------
// The guarded parse

/**
 * parseScenario with the guards around the schema check: size and depth
 * before JSON.parse, reserved keys and depth before valibot, then the size
 * estimate, then warnings for faults that cannot fire. Every message is one
 * short line. Never throws.
 */
export function guardedParse(input: unknown, parse: (value: unknown) => ParseResult): ParseResult {
  return runToEnd(guardedParseInSteps(input, parse));
}

/**
 * guardedParse, yielding between its phases (the text's checks and
 * JSON.parse, the value's walk, the schema, the size estimate, the faults'
 * run), so a caller that must not block can end its task there: a
 * 500-message share link's checks were one task of ~80 ms at 4x CPU (issue 12).
 */
export function* guardedParseInSteps(input: unknown, parse: (value: unknown) => ParseResult): Generator<void, ParseResult, void> {
  try {
    let value = input;
    if (typeof input === 'string') {
      const problem = jsonTextProblem(input);
      if (problem) return { ok: false, errors: [oneLine(problem)] };
      try {
        value = JSON.parse(input);
      } catch (e) {
        const detail = e instanceof Error ? e.message : String(e);
        return { ok: false, errors: [oneLine(`scenario: ${m.format_notJson({ detail })}`)] };
      }
      yield;
    }
    const problem = valueProblem(value);
    if (problem) return { ok: false, errors: [oneLine(problem)] };
    yield;
    const result = parse(value);
    if (!result.ok) return { ok: false, errors: result.errors.map(oneLine) };
    yield;
    const tooLarge = scenarioSizeProblem(result.scenario);
    if (tooLarge) return { ok: false, errors: [tooLarge] };
    yield;
    const warnings = yield* unreachableFaults(result.scenario);
    return warnings.length > 0 ? { ...result, warnings } : result;
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, errors: [oneLine(`scenario: ${m.format_couldNotBeRead({ detail })}`)] };
  }
}
