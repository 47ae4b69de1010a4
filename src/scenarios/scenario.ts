/**
 * The scenario model without validation: the Scenario type, the format's
 * constants and defaults, and the conversion of a validated scenario into the
 * simulator's WorldConfig (toWorldConfig, renderMessage).
 *
 * This module must not import valibot: the browser app runs the built-in
 * default scenario (trusted data, already normalised) through it on first
 * load, and loads validation (parse.ts) only when it reads a scenario it did
 * not write itself (a share link, a file). format.ts re-exports both.
 */
import { parsePersonality, type Personality, type ClientPolicy, type Retention } from '../protocol/engine.ts';
import { encodeHeaderValue, isAscii } from '../protocol/encoded-words.ts';
import { utf8ToOctets, type Octets } from '../protocol/octets.ts';
import type { DeviceSpec, FaultPlacement, FaultSpec, MessageSpec, Pop2AbortModel, WorldConfig } from '../sim/types.ts';

/**
 * The format version this POP Lab writes. Version 1 files and links are
 * still read: migrate.ts turns them into version 2 with the same outcome
 * (its 'crash-client' was a half-open crash, now 'device-power-loss'; its
 * 'lose-segment' stalled the connection for good, now 'connection-silent';
 * its 'crash-server' restarted at once, now `downtimeTicks: 0`).
 */
export const SCENARIO_VERSION = 2;

/** Upper bounds, documented in docs/scenarios.md. */
export const LIMITS = {
  /** Size of the JSON text, in UTF-8 octets (a file's size; the name is kept for importers). */
  jsonChars: 1_048_576,
  messages: 500,
  /** Characters in one message body (or one raw `text`). */
  bodyChars: 65_536,
  /** Characters in a header value (subject, from, to). */
  headerChars: 998,
  devices: 8,
  faults: 32,
  pollsPerDevice: 100,
  staleDeleteNumbers: 100,
  knownUids: 1_000,
  localDeletions: 100,
  titleChars: 200,
  summaryChars: 4_000,
  /** Largest tick accepted anywhere (about 31 years of 1 ms ticks). */
  maxTick: 1_000_000_000_000,
  maxLatencyTicks: 1_000_000,
  maxOctetsPerTick: 1_000_000,
  maxDay: 100_000,
  /** Errors reported at most; the rest are summarised. */
  errors: 20,
} as const;

export const PROTOCOLS = ['pop1', 'pop2', 'pop3'] as const;
export const PERSONALITY_NAMES = ['rfc', 'expunge-on-dele', 'download-once', 'no-uidl', 'no-dot-stuffing', 'update-fails', 'read-only', 'uids-reassigned'] as const;
export const RETENTIONS = ['delete', 'keep'] as const;
export const COMMIT_ORDERS = ['safe', 'unsafe', 'pipelined'] as const;
export const AUTH_METHODS = ['user-pass', 'apop', 'sasl-plain', 'cram-md5'] as const;
export const FAULT_KINDS = [
  'drop-connection',
  'connection-silent',
  'lose-segment',
  'crash-client',
  'device-power-loss',
  'crash-server',
  'idle-past-autologout',
  'second-device-login',
] as const;
export const DIRECTIONS = ['c2s', 's2c'] as const;
/** RFC 937 "ACKD" leaves open what an abort does to ACKD marks; see Pop2AbortModel. */
export const POP2_ABORT_MODELS = ['commit-nothing', 'commit-on-release'] as const;

export const DEFAULTS = {
  summary: '',
  protocol: 'pop3',
  personality: 'rfc',
  hostname: 'pop.example.org',
  user: 'alice',
  /** The APOP secret of RFC 1939 §7's example. */
  password: 'tanstaaf',
  from: 'Bob <bob@example.org>',
  body: 'Hello from the POP Lab.',
  deviceName: 'Laptop',
  writeDelayTicks: 5,
  polls: [0],
  latencyTicks: 10,
  octetsPerTick: 64,
  seed: 1,
} as const;

// ---------------------------------------------------------------------------
// Types of a validated scenario (parse.ts checks at compile time that they
// match what its schema produces)

/** One maildrop entry: either subject/from/to/body or a raw RFC 5322 `text`. */
export interface MessageEntry {
  readonly subject?: string;
  readonly from?: string;
  readonly to?: string;
  readonly body?: string;
  /** Raw RFC 5322 text instead of subject/from/body. */
  readonly text?: string;
  readonly uid?: string;
  readonly arrivedDay?: number;
  /** Delivered to the maildrop at this tick during the run (new mail); absent = there from the start. */
  readonly arrivesAtTick?: number;
}

/** The verdict counts a scenario expects (the ledger's Outcome counts). */
export interface ExpectedOutcome {
  readonly delivered: number;
  readonly duplicated: number;
  readonly lost: number;
  readonly gap: number;
}

export interface DeviceEntry {
  readonly name: string;
  readonly retention: Retention;
  readonly keepDays?: number;
  readonly deleteWhenDeletedLocally?: boolean;
  readonly useUidl: boolean;
  readonly commitOrder: 'safe' | 'unsafe' | 'pipelined';
  readonly auth?: 'user-pass' | 'apop' | 'sasl-plain' | 'cram-md5';
  readonly writeDelayTicks: number;
  readonly polls: readonly number[];
  readonly staleDeleteNumbers?: readonly number[];
  readonly knownUids?: Readonly<Record<string, number>>;
  /** Read timeout: ticks without an octet from the server before the client gives up (default 60 s). */
  readonly clientTimeoutTicks?: number;
  /** A careless client that keeps the data of a cut transfer instead of discarding it. */
  readonly keepPartial?: boolean;
  /**
   * The user deletes a message (1-based position in the maildrop) in the mail
   * program at a tick; with deleteWhenDeletedLocally the client sends DELE
   * for it at its next session (Thunderbird, reference §7.2).
   */
  readonly deletesLocally?: ReadonlyArray<{ readonly message: number; readonly atTick: number }>;
}

/** Text that describes the scenario under one retention mode (the "Retention" radio group). */
export interface ModeText {
  readonly title?: string;
  readonly summary?: string;
}

/** A validated scenario with every default filled in. Plain JSON data. */
export interface Scenario {
  readonly version: typeof SCENARIO_VERSION;
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly catalogue?: string;
  /** Title and summary for the mode in force when they differ from `title`/`summary` (see textForMode). */
  readonly byMode?: { readonly delete?: ModeText; readonly keep?: ModeText };
  readonly protocol: 'pop1' | 'pop2' | 'pop3';
  /** POP2 only: what an abort does to ACKD marks (default 'commit-nothing'). */
  readonly pop2Abort?: Pop2AbortModel;
  /** "rfc", "expunge-on-dele", "download-once", "no-uidl" or "retention-days N". */
  readonly personality: string;
  readonly server: { readonly hostname: string; readonly user: string; readonly password: string; readonly autologoutTicks?: number };
  readonly maildrop: readonly MessageEntry[];
  readonly devices: readonly DeviceEntry[];
  readonly channel: { readonly latencyTicks: number; readonly octetsPerTick: number };
  readonly faults: readonly FaultSpec[];
  readonly seed: number;
  readonly expect?: ExpectedOutcome;
}

/**
 * The title and summary to show when `mode` is in force: the scenario's
 * `byMode` text for that mode where given, else its own title and summary.
 */
export function textForMode(scenario: Pick<Scenario, 'title' | 'summary' | 'byMode'>, mode: Retention): { readonly title: string; readonly summary: string } {
  const m = scenario.byMode?.[mode];
  return { title: m?.title ?? scenario.title, summary: m?.summary ?? scenario.summary };
}

/** The POP2 abort model in words, for every output that names it (CLI, transcript header, narration). */
export function pop2AbortText(model: Pop2AbortModel | undefined): string {
  return (model ?? 'commit-nothing') === 'commit-nothing'
    ? 'POP2 abort model: commit nothing (ACKD marks are forgotten when a session ends without QUIT; RFC 937 leaves this open)'
    : 'POP2 abort model: commit on release (ACKD marks take effect when the mailbox is released, even without QUIT, as in UW ipop2d; RFC 937 leaves this open)';
}

// ---------------------------------------------------------------------------
// Rendering and conversion

/** A fixed epoch for the Date header: day 0 of every scenario. Deterministic by design. */
const EPOCH_MS = Date.UTC(2024, 0, 1, 9, 0, 0);
const DAY_MS = 86_400_000;
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

function rfc5322Date(day: number, index: number): string {
  const d = new Date(EPOCH_MS + day * DAY_MS + index * 60_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`;
}

/**
 * Renders one maildrop entry as an RFC 5322 message in octets (CRLF line
 * ends, UTF-8). The Message-ID is unique per scenario and position, so the
 * custody ledger can tell two messages with the same subject apart.
 *
 * The maildrop counts octets (RFC 1939 §11: LIST and STAT report the size in
 * octets), so text that is not ASCII is encoded here, not passed on as
 * JavaScript characters: header values become RFC 2047 encoded-words (the
 * header stays ASCII, RFC 5322 §2.2), and a body with non-ASCII text is sent
 * as raw UTF-8 with the MIME headers that say so (RFC 2045 §5, §6:
 * `Content-Type: text/plain; charset=utf-8`, `Content-Transfer-Encoding: 8bit`).
 * A raw `text` entry is taken as written and only encoded as UTF-8.
 */
export function renderMessage(scenario: Pick<Scenario, 'id' | 'server'>, entry: MessageEntry, index: number): Octets {
  if (entry.text !== undefined) return utf8ToOctets(entry.text.replace(/\r?\n/g, '\r\n'));
  const day = entry.arrivedDay ?? 0;
  const body = (entry.body ?? DEFAULTS.body).replace(/\r?\n/g, '\r\n');
  const headers = [
    `From: ${encodeHeaderValue(entry.from ?? DEFAULTS.from)}`,
    `To: ${encodeHeaderValue(entry.to ?? `${scenario.server.user}@${scenario.server.hostname}`)}`,
    `Subject: ${encodeHeaderValue(entry.subject ?? `Message ${index + 1}`)}`,
    `Date: ${rfc5322Date(day, index)}`,
    `Message-ID: <${index + 1}.${scenario.id}@${scenario.server.hostname}>`,
  ];
  if (!isAscii(body)) headers.push('MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit');
  return utf8ToOctets(`${headers.join('\r\n')}\r\n\r\n${body}${body.endsWith('\r\n') || body === '' ? '' : '\r\n'}`);
}

export function toPersonality(name: string): Personality {
  const p = parsePersonality(name);
  // The schema only lets through names parsePersonality accepts.
  if ('error' in p) throw new Error(`bug: validated personality rejected: ${p.error}`);
  return p;
}

function toPolicy(d: DeviceEntry, mode: Retention | undefined): ClientPolicy {
  const policy: { -readonly [K in keyof ClientPolicy]: ClientPolicy[K] } = {
    retention: mode ?? d.retention,
    useUidl: d.useUidl,
    commitOrder: d.commitOrder,
  };
  if (d.keepDays !== undefined) policy.keepDays = d.keepDays;
  if (d.deleteWhenDeletedLocally !== undefined) policy.deleteWhenDeletedLocally = d.deleteWhenDeletedLocally;
  if (d.auth !== undefined) policy.auth = d.auth;
  if (d.staleDeleteNumbers !== undefined) policy.staleDeleteNumbers = [...d.staleDeleteNumbers];
  return policy;
}

export interface WorldOverrides {
  /** Force every device's retention (the "Retention" radio group). */
  readonly mode?: Retention;
  readonly seed?: number;
}

/** The simulator's input for a validated scenario. */
export function toWorldConfig(scenario: Scenario, overrides: WorldOverrides = {}): WorldConfig {
  const messages: MessageSpec[] = scenario.maildrop.map((entry, i) => {
    const spec: { -readonly [K in keyof MessageSpec]: MessageSpec[K] } = { text: renderMessage(scenario, entry, i) };
    if (entry.uid !== undefined) spec.uid = entry.uid;
    if (entry.arrivedDay !== undefined) spec.arrivedDay = entry.arrivedDay;
    if (entry.arrivesAtTick !== undefined) spec.arrivesAtTick = entry.arrivesAtTick;
    return spec;
  });
  const devices: DeviceSpec[] = scenario.devices.map((d) => {
    const spec: { -readonly [K in keyof DeviceSpec]: DeviceSpec[K] } = {
      name: d.name,
      policy: toPolicy(d, overrides.mode),
      writeDelayTicks: d.writeDelayTicks,
      pollAtTicks: [...d.polls],
    };
    if (d.knownUids !== undefined) spec.knownUids = { ...d.knownUids };
    if (d.clientTimeoutTicks !== undefined) spec.clientTimeoutTicks = d.clientTimeoutTicks;
    if (d.keepPartial !== undefined) spec.keepPartial = d.keepPartial;
    if (d.deletesLocally !== undefined) spec.localDeletions = d.deletesLocally.map((del) => ({ message: del.message, atTick: del.atTick }));
    return spec;
  });
  const faults: FaultSpec[] = scenario.faults.map((f) => {
    const fault: { -readonly [K in keyof FaultSpec]: FaultSpec[K] } = { kind: f.kind, placement: clonePlacement(f.placement) };
    if (f.device !== undefined) fault.device = f.device;
    if (f.direction !== undefined) fault.direction = f.direction;
    if (f.downtimeTicks !== undefined) fault.downtimeTicks = f.downtimeTicks;
    return fault;
  });
  const config: { -readonly [K in keyof WorldConfig]: WorldConfig[K] } = {
    protocol: scenario.protocol,
    personality: toPersonality(scenario.personality),
    hostname: scenario.server.hostname,
    user: scenario.server.user,
    secret: scenario.server.password,
    messages,
    devices,
    channel: { latencyTicks: scenario.channel.latencyTicks, octetsPerTick: scenario.channel.octetsPerTick },
    faults,
    seed: overrides.seed ?? scenario.seed,
  };
  if (scenario.server.autologoutTicks !== undefined) config.autologoutTicks = scenario.server.autologoutTicks;
  if (scenario.pop2Abort !== undefined) config.pop2Abort = scenario.pop2Abort;
  return config;
}

function clonePlacement(p: FaultPlacement): FaultPlacement {
  return JSON.parse(JSON.stringify(p)) as FaultPlacement;
}
