/**
 * Scenario validation: the valibot schema and parseScenario.
 *
 * Rules of this module:
 * - Validation is valibot only (no `eval`, no `new Function`), so it runs
 *   under a strict Content-Security-Policy. The same schema generates the
 *   committed JSON Schema (public/scenario.schema.json).
 * - Nothing here throws on bad input. `parseScenario` returns either a
 *   normalised scenario (every default filled in) or a list of messages, each
 *   starting with the path of the offending field, e.g.
 *   `devices[0].commitOrder: expected "safe" | "unsafe" | "pipelined", got "fast"`.
 * - Every list and string has an upper bound (see LIMITS) so that a hostile
 *   or oversized scenario is refused with a message before it reaches the
 *   simulator.
 * - The result is plain JSON data: it can be stringified and parsed again
 *   (the share-link codec relies on this).
 *
 * The browser app loads this module lazily (it carries valibot); the types,
 * constants and toWorldConfig live in scenario.ts, which does not.
 */
import * as v from 'valibot';
import { guardedParse, guardedParseInSteps } from './guard.ts';
import {
  AUTH_METHODS,
  COMMIT_ORDERS,
  DEFAULTS,
  DIRECTIONS,
  FAULT_KINDS,
  LIMITS,
  PERSONALITY_NAMES,
  POP2_ABORT_MODELS,
  PROTOCOLS,
  RETENTIONS,
  SCENARIO_VERSION,
  renderMessage,
  type ExpectedOutcome,
  type MessageEntry,
  type Scenario,
} from './scenario.ts';
import { OLD_VERSIONS, isOldVersion, migrateScenario } from './migrate.ts';
import * as m from '../i18n/paraglide/messages.js';

// ---------------------------------------------------------------------------
// Building blocks with readable messages
//
// Every message is a function, so valibot asks the catalogue for it when an
// issue is raised: the words are in the learner's language at that moment,
// not in the one the module was loaded in.

function int(min: number, max: number) {
  return v.pipe(
    v.number(),
    v.integer(() => m.format_mustBeInteger()),
    v.minValue(min, () => m.format_atLeast({ min })),
    v.maxValue(max, () => m.format_atMost({ max })),
  );
}

function text(maxChars: number, minChars = 0) {
  return minChars > 0
    ? v.pipe(v.string(), v.minLength(minChars, () => m.format_notEmpty()), v.maxLength(maxChars, () => m.format_atMostChars({ max: maxChars })))
    : v.pipe(v.string(), v.maxLength(maxChars, () => m.format_atMostChars({ max: maxChars })));
}

/** One header line's value: no CR/LF, so it cannot inject extra headers. */
function headerValue() {
  return v.pipe(
    v.string(),
    v.maxLength(LIMITS.headerChars, () => m.format_atMostChars({ max: LIMITS.headerChars })),
    v.regex(/^[^\r\n]*$/, () => m.format_oneLine()),
  );
}

/** A bounded list; `tooMany` says the limit with the list's own noun (each language counts its own way). */
function list<T extends v.GenericSchema>(item: T, max: number, tooMany: (inputs: { max: number }) => string) {
  return v.pipe(v.array(item), v.maxLength(max, () => tooMany({ max })));
}

/** RFC 1939 §7: a unique-id is 1 to 70 characters in 0x21..0x7E. */
const UidSchema = v.pipe(v.string(), v.regex(/^[\x21-\x7e]{1,70}$/, () => m.format_uid()));

const PERSONALITY_MESSAGE = () =>
  m.format_expectedValues({ values: '"rfc" | "expunge-on-dele" | "download-once" | "no-uidl" | "no-dot-stuffing" | "update-fails" | "read-only" | "uids-reassigned" | "retention-days N" | "login-delay N"' });
const PersonalitySchema = v.union(
  [v.picklist(PERSONALITY_NAMES), v.pipe(v.string(), v.regex(/^(?:retention-days|login-delay) \d{1,5}$/, PERSONALITY_MESSAGE))],
  PERSONALITY_MESSAGE,
);

const MessageSchema = v.strictObject({
  subject: v.optional(headerValue()),
  from: v.optional(headerValue()),
  to: v.optional(headerValue()),
  body: v.optional(text(LIMITS.bodyChars)),
  /** Raw RFC 5322 text instead of subject/from/body. */
  text: v.optional(text(LIMITS.bodyChars, 1)),
  uid: v.optional(UidSchema),
  arrivedDay: v.optional(int(0, LIMITS.maxDay)),
  arrivesAtTick: v.optional(int(0, LIMITS.maxTick)),
});

const DeviceSchema = v.strictObject({
  name: v.pipe(v.string(), v.regex(/^[A-Za-z0-9][A-Za-z0-9 ._-]{0,31}$/, () => m.format_deviceName())),
  retention: v.optional(v.picklist(RETENTIONS), 'delete'),
  keepDays: v.optional(int(0, LIMITS.maxDay)),
  deleteWhenDeletedLocally: v.optional(v.boolean()),
  useUidl: v.optional(v.boolean(), true),
  commitOrder: v.optional(v.picklist(COMMIT_ORDERS), 'safe'),
  auth: v.optional(v.picklist(AUTH_METHODS)),
  writeDelayTicks: v.optional(int(0, LIMITS.maxTick), DEFAULTS.writeDelayTicks),
  polls: v.optional(list(int(0, LIMITS.maxTick), LIMITS.pollsPerDevice, m.format_tooManyPolls), () => [...DEFAULTS.polls]),
  staleDeleteNumbers: v.optional(list(int(1, 1_000_000), LIMITS.staleDeleteNumbers, m.format_tooManyNumbers)),
  knownUids: v.optional(v.pipe(v.record(UidSchema, int(0, LIMITS.maxDay)), v.maxEntries(LIMITS.knownUids, () => m.format_tooManyUids({ max: LIMITS.knownUids })))),
  clientTimeoutTicks: v.optional(int(1, LIMITS.maxTick)),
  keepPartial: v.optional(v.boolean()),
  deletesLocally: v.optional(list(v.strictObject({ message: int(1, 1_000_000), atTick: int(0, LIMITS.maxTick) }), LIMITS.localDeletions, m.format_tooManyLocalDeletions)),
});

const PlacementSchema = v.union(
  [
    v.strictObject({ atStep: int(0, 10_000_000) }),
    v.strictObject({ atTick: int(0, LIMITS.maxTick) }),
    v.strictObject({
      atOctet: int(0, 100_000_000),
      direction: v.picklist(DIRECTIONS),
      during: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z]{1,8}$/, () => m.format_commandKeyword()))),
      occurrence: v.optional(int(1, 1_000_000)),
    }),
    v.strictObject({
      onCommand: v.pipe(v.string(), v.regex(/^[A-Za-z]{1,8}$/, () => m.format_commandKeyword())),
      when: v.picklist(['sent', 'delivered', 'replied']),
      occurrence: v.optional(int(1, 1_000_000)),
    }),
    v.strictObject({
      probability: v.strictObject({ numerator: int(0, 1_000_000), denominator: int(1, 1_000_000) }),
    }),
  ],
  () => m.format_expectedShapes({ shapes: '{atStep} | {atTick} | {atOctet, direction, during?, occurrence?} | {onCommand, when, occurrence?} | {probability: {numerator, denominator}}' }),
);

const FaultSchema = v.strictObject({
  kind: v.picklist(FAULT_KINDS),
  device: v.optional(v.string()),
  direction: v.optional(v.picklist(DIRECTIONS)),
  downtimeTicks: v.optional(int(0, LIMITS.maxTick)),
  placement: PlacementSchema,
});

const ModeTextSchema = v.strictObject({
  title: v.optional(text(LIMITS.titleChars, 1)),
  summary: v.optional(text(LIMITS.summaryChars)),
});

const ExpectSchema = v.strictObject({
  delivered: int(0, LIMITS.messages),
  duplicated: int(0, LIMITS.messages),
  lost: int(0, LIMITS.messages),
  gap: int(0, LIMITS.messages),
});

/** The scenario document. Defaults are part of the schema (and of the JSON Schema). */
export const ScenarioSchema = v.strictObject({
  $schema: v.optional(v.string()),
  version: v.literal(SCENARIO_VERSION),
  id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, () => m.format_id())),
  title: text(LIMITS.titleChars, 1),
  summary: v.optional(text(LIMITS.summaryChars), DEFAULTS.summary),
  catalogue: v.optional(v.pipe(v.string(), v.regex(/^F\d{1,2}(\/F\d{1,2})*$/, () => m.format_catalogueRow()))),
  byMode: v.optional(v.strictObject({ delete: v.optional(ModeTextSchema), keep: v.optional(ModeTextSchema) })),
  protocol: v.optional(v.picklist(PROTOCOLS), DEFAULTS.protocol),
  pop2Abort: v.optional(v.picklist(POP2_ABORT_MODELS)),
  personality: v.optional(PersonalitySchema, DEFAULTS.personality),
  server: v.optional(
    v.strictObject({
      hostname: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z0-9]([A-Za-z0-9.-]{0,252})$/, () => m.format_hostName())), DEFAULTS.hostname),
      user: v.optional(v.pipe(v.string(), v.regex(/^[\x21-\x7e]{1,40}$/, () => m.format_userName())), DEFAULTS.user),
      password: v.optional(v.pipe(v.string(), v.regex(/^[\x20-\x7e]{1,40}$/, () => m.format_password())), DEFAULTS.password),
      autologoutTicks: v.optional(int(1, LIMITS.maxTick)),
    }),
    () => ({ hostname: DEFAULTS.hostname, user: DEFAULTS.user, password: DEFAULTS.password }),
  ),
  maildrop: v.optional(list(MessageSchema, LIMITS.messages, m.format_tooManyMessages), () => []),
  devices: v.optional(
    v.pipe(v.array(DeviceSchema), v.minLength(1, () => m.format_oneDeviceNeeded()), v.maxLength(LIMITS.devices, () => m.format_tooManyDevices({ max: LIMITS.devices }))),
    () => [{ name: DEFAULTS.deviceName }],
  ),
  channel: v.optional(
    v.strictObject({
      latencyTicks: v.optional(int(0, LIMITS.maxLatencyTicks), DEFAULTS.latencyTicks),
      octetsPerTick: v.optional(int(1, LIMITS.maxOctetsPerTick), DEFAULTS.octetsPerTick),
    }),
    () => ({ latencyTicks: DEFAULTS.latencyTicks, octetsPerTick: DEFAULTS.octetsPerTick }),
  ),
  faults: v.optional(list(FaultSchema, LIMITS.faults, m.format_tooManyFaults), () => []),
  seed: v.optional(int(0, 0xffff_ffff), DEFAULTS.seed),
  expect: v.optional(ExpectSchema),
});

/**
 * What a scenario author writes (defaults may be left out). A version 1
 * document is accepted too and migrated (migrate.ts).
 */
export type ScenarioInput = Omit<v.InferInput<typeof ScenarioSchema>, 'version'> & { version: typeof SCENARIO_VERSION | (typeof OLD_VERSIONS)[number] };
type Parsed = v.InferOutput<typeof ScenarioSchema>;

// scenario.ts spells these types out by hand (it must not import valibot);
// these checks fail to compile if they drift from what the schema produces.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const messageEntryMatchesSchema: Same<MessageEntry, v.InferOutput<typeof MessageSchema>> = true;
const expectedOutcomeMatchesSchema: Same<ExpectedOutcome, v.InferOutput<typeof ExpectSchema>> = true;
void messageEntryMatchesSchema;
void expectedOutcomeMatchesSchema;

export type ParseResult = { readonly ok: true; readonly scenario: Scenario; readonly warnings?: readonly string[] } | { readonly ok: false; readonly errors: readonly string[] };

// ---------------------------------------------------------------------------
// Parsing

function formatPath(path: readonly { readonly key: unknown; readonly type: string }[] | undefined): string {
  if (!path || path.length === 0) return 'scenario';
  let out = '';
  for (const item of path) {
    if (item.type === 'array' && typeof item.key === 'number') out += `[${item.key}]`;
    else out += out === '' ? String(item.key) : `.${String(item.key)}`;
  }
  return out === '' ? 'scenario' : out;
}

function formatIssue(issue: v.BaseIssue<unknown>): string {
  const path = formatPath(issue.path as readonly { key: unknown; type: string }[] | undefined);
  if (issue.kind === 'schema') {
    if (issue.type === 'strict_object' && issue.expected === 'never') return `${path}: ${m.format_unknownField()}`;
    // A custom union message already lists the accepted shapes.
    if (issue.type === 'union' && !issue.message.startsWith('Invalid')) return `${path}: ${issue.message}`;
    if (issue.received === 'undefined') return `${path}: ${m.format_required()}`;
    const expected = (issue.expected ?? m.format_anotherValue()).replace(/^\((.*)\)$/, '$1');
    return `${path}: ${m.format_expectedGot({ expected, received: issue.received })}`;
  }
  return `${path}: ${issue.message}`;
}

/** Checks that need several fields at once (kept out of the valibot schema so the JSON Schema stays exact). */
function crossCheck(s: Parsed): string[] {
  const errors: string[] = [];
  const names = new Set<string>();
  s.devices.forEach((d, i) => {
    if (names.has(d.name)) errors.push(`devices[${i}].name: ${m.format_deviceNameTaken({ name: d.name })}`);
    names.add(d.name);
    if (d.keepDays !== undefined && d.retention !== 'keep') errors.push(`devices[${i}].keepDays: ${m.format_onlyWithKeep()}`);
    (d.deletesLocally ?? []).forEach((del, k, all) => {
      if (del.message > s.maildrop.length) errors.push(`devices[${i}].deletesLocally[${k}].message: ${m.format_noSuchMessage({ number: del.message, count: s.maildrop.length })}`);
      if (k > 0 && del.atTick < all[k - 1]!.atTick) errors.push(`devices[${i}].deletesLocally[${k}].atTick: ${m.format_deletionsOrder()}`);
    });
    for (let p = 1; p < d.polls.length; p++) {
      if ((d.polls[p] ?? 0) < (d.polls[p - 1] ?? 0)) {
        errors.push(`devices[${i}].polls[${p}]: ${m.format_pollsOrder()}`);
        break;
      }
    }
  });
  const uids = new Set<string>();
  s.maildrop.forEach((msg, i) => {
    if (msg.text !== undefined && (msg.subject !== undefined || msg.from !== undefined || msg.to !== undefined || msg.body !== undefined)) {
      errors.push(`maildrop[${i}]: ${m.format_textOrFields()}`);
    }
    if (msg.text === undefined && msg.subject === undefined) errors.push(`maildrop[${i}].subject: ${m.format_subjectRequired()}`);
    if (msg.uid !== undefined) {
      if (uids.has(msg.uid)) errors.push(`maildrop[${i}].uid: ${m.format_uidTwice({ uid: msg.uid })}`);
      uids.add(msg.uid);
    }
  });
  // The simulator tells copies apart by content (World matches a device's copy
  // to its maildrop message by the octets), so two identical rendered messages
  // would fail later inside the run; refuse them here, with their paths.
  // Only raw "text" entries can collide: rendered ones carry a per-position Message-ID.
  const firstByOctets = new Map<string, number>();
  s.maildrop.forEach((msg, i) => {
    if (msg.text === undefined) return;
    const octets = renderMessage(s, msg, i);
    const first = firstByOctets.get(octets);
    if (first !== undefined) errors.push(`maildrop[${i}].text: ${m.format_identicalText({ first: `maildrop[${first}]` })}`);
    else firstByOctets.set(octets, i);
  });
  s.faults.forEach((f, i) => {
    if (f.device !== undefined && !names.has(f.device)) {
      errors.push(`faults[${i}].device: ${m.format_noDeviceNamed({ name: f.device, names: [...names].map((n) => `"${n}"`).join(', ') })}`);
    }
    if (f.kind === 'lose-segment' && f.direction === undefined) errors.push(`faults[${i}].direction: ${m.format_directionRequired()}`);
    if (f.kind !== 'lose-segment' && f.direction !== undefined) errors.push(`faults[${i}].direction: ${m.format_onlyForKind({ kind: 'lose-segment' })}`);
    if (f.kind !== 'crash-server' && f.downtimeTicks !== undefined) errors.push(`faults[${i}].downtimeTicks: ${m.format_onlyForKind({ kind: 'crash-server' })}`);
    const p = f.placement;
    if ('probability' in p && p.probability.numerator > p.probability.denominator) {
      errors.push(`faults[${i}].placement.probability: ${m.format_numeratorTooBig()}`);
    }
  });
  if (s.pop2Abort !== undefined && s.protocol !== 'pop2') errors.push(`pop2Abort: ${m.format_onlyWithPop2()}`);
  if (s.expect) {
    const total = s.expect.delivered + s.expect.duplicated + s.expect.lost + s.expect.gap;
    // Messages still pending (on the server, not yet on every device) are in no count, so the sum may be smaller.
    if (total > s.maildrop.length) {
      errors.push(`expect: ${m.format_expectTooMany({ total, count: s.maildrop.length })}`);
    }
  }
  return errors;
}

function capErrors(errors: string[]): string[] {
  if (errors.length <= LIMITS.errors) return errors;
  return [...errors.slice(0, LIMITS.errors), m.format_moreErrors({ count: errors.length - LIMITS.errors })];
}

/**
 * Validates a scenario given as JSON text or as an already-parsed value.
 * Never throws: every problem comes back as a path-prefixed message, one
 * short line each; `warnings` names faults that can never fire. The guards
 * (size, depth, reserved keys, trace estimate) are in guard.ts.
 */
export function parseScenario(input: string | unknown): ParseResult {
  return guardedParse(input, parseScenarioUnguarded);
}

/** parseScenario, yielding between its phases (guard.ts guardedParseInSteps): the same result. */
export function parseScenarioInSteps(input: string | unknown): Generator<void, ParseResult, void> {
  return guardedParseInSteps(input, parseScenarioUnguarded);
}

/**
 * The schema check alone, without the guards' size estimate and without the
 * run that finds faults which can never fire: for the built-in library, our
 * own data, which library.test.ts checks with the full parseScenario (no
 * errors, no warnings, the same scenario as this gives). Loading the library
 * in the browser simulated every built-in scenario once more for nothing
 * (issue 12).
 */
export function parseTrustedScenario(input: unknown): ParseResult {
  return parseScenarioUnguarded(input);
}

function parseScenarioUnguarded(input: string | unknown): ParseResult {
  try {
    let value: unknown = input;
    if (typeof input === 'string') {
      if (input.length > LIMITS.jsonChars) {
        return { ok: false, errors: [`scenario: ${m.format_jsonTooLong({ length: input.length, limit: LIMITS.jsonChars })}`] };
      }
      try {
        value = JSON.parse(input);
      } catch (e) {
        const detail = e instanceof Error ? e.message : String(e);
        return { ok: false, errors: [`scenario: ${m.format_notJson({ detail })}`] };
      }
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      const problem = Array.isArray(value) ? m.format_notObjectArray() : m.format_notObject({ type: value === null ? 'null' : typeof value });
      return { ok: false, errors: [`scenario: ${problem}`] };
    }
    const version = (value as { version?: unknown }).version;
    // Older versions are migrated first (migrate.ts), so their files and share links keep working.
    if (typeof version === 'number' && isOldVersion(version)) value = migrateScenario(value as Record<string, unknown>, version);
    else if (version !== SCENARIO_VERSION) {
      return {
        ok: false,
        errors: [
          `version: ${
            version === undefined
              ? m.format_versionMissing({ expected: SCENARIO_VERSION, old: OLD_VERSIONS.join(', '), current: SCENARIO_VERSION })
              : m.format_versionWrong({ expected: SCENARIO_VERSION, got: JSON.stringify(version) ?? typeof version, old: OLD_VERSIONS.join(', '), current: SCENARIO_VERSION })
          }`,
        ],
      };
    }
    const result = v.safeParse(ScenarioSchema, value);
    if (!result.success) return { ok: false, errors: capErrors(result.issues.map(formatIssue)) };
    const cross = crossCheck(result.output);
    if (cross.length > 0) return { ok: false, errors: capErrors(cross) };
    // A JSON round trip detaches the result from the input (no shared arrays,
    // no prototypes) and drops the optional "$schema" pointer's identity.
    const { $schema: _schema, ...rest } = result.output;
    return { ok: true, scenario: JSON.parse(JSON.stringify(rest)) as Scenario };
  } catch (e) {
    // Only reachable with exotic inputs (e.g. objects whose getters throw).
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, errors: [`scenario: ${m.format_couldNotBeRead({ detail })}`] };
  }
}
