/**
 * POP Lab's deterministic simulator: its one public entry.
 *
 * Every world runs the engines it is given (WorldOptions.engines,
 * ./engines.ts): ALL_ENGINES (./engines-all.ts) in Node code and tests; the
 * browser app passes only POP3 for its first run and loads the rest on
 * demand (src/ui/simulator.ts). A protocol whose engines were not passed in
 * throws EnginesNotLoadedError; an APOP or CRAM-MD5 device without digests
 * throws DigestsNotLoadedError.
 *
 * Run a whole world up front and move a cursor over it (the player):
 *
 *   const run = simulate(config, { engines: ALL_ENGINES });  // WorldConfig from ./types.ts
 *   run.trace                            // readonly TraceEvent[], append-only, step = index
 *   run.prepareSeek()                    // optional: build the seek index now (else on first viewAt)
 *   run.viewAt(step)                     // WorldView after `step` (-1 = before anything); fast seek
 *   run.outcome()                        // Outcome: delivered / duplicated / lost / gap per message
 *   run.transcript()                     // "C: RETR 1" / "S: +OK 120 octets" / "-- connection dropped --"
 *   run.fork(step, { kind: 'drop-connection', device: 'Laptop' })  // same config + that fault at `step`
 *
 * Drive a world by hand (the terminal):
 *
 *   const live = new LiveWorld(config, { engines: ALL_ENGINES, manualDevice: 'Terminal' });
 *   live.typeLine('USER alice'); live.takeReceived();   // '+OK ...\r\n'
 *   live.advance(ticks); live.view(); live.outcome(); live.transcript();
 *
 * Faults are ordinary named operations on World and LiveWorld, the same
 * ones FaultSpec placements call: dropConnection(device) (a reset),
 * connectionSilent(device) (half-open), loseSegment(device, direction)
 * (retransmitted after a timeout), crashClient(device) (app crash, the
 * server notices), devicePowerLoss(device) (half-open, memory lost),
 * crashServer(downtimeTicks?) (down, connections refused, then restarts),
 * idlePastAutologout(device), secondDeviceLogin(device). FAULT_OPERATIONS
 * maps FaultKind to these names.
 *
 * Trace events carry `session` (the device's session number) besides the
 * TraceBody fields; `removed` events also carry the `device` whose session
 * removed the message. A device's copy `key` is "<session>:<agent key>".
 *
 * Each trace event's `explain` key names a sentence of the message catalogue
 * (src/i18n/narration.ts says it in a language). Determinism: a config (seed included)
 * always yields the identical trace. Invariant violations throw an Error
 * naming the seed and step; scenario mistakes throw SimulationError.
 * See world.ts for the step order and the drop-versus-crash model, and
 * ledger.ts for the exact verdict definitions.
 */
export type * from './types.ts';
export { simulate, simulateInSteps, type SimulationRun } from './run.ts';
export {
  World,
  SimulationError,
  FAULT_OPERATIONS,
  DEFAULT_MAX_EVENTS,
  DEFAULT_CLIENT_TIMEOUT_TICKS,
  DEFAULT_SERVER_DOWNTIME_TICKS,
  RETRANSMISSION_TIMEOUT_TICKS,
  type WorldOptions,
} from './world.ts';
export { LiveWorld, ManualAgent, type LiveWorldOptions } from './live.ts';
export { Ledger, type LedgerInit } from './ledger.ts';
export { EXPLAIN_KEYS, explainSentence, isExplainKey, stepSentences, stepSentencesAt, NARRATION_MAX_SENTENCES, type ExplainKey, type Sentence, type WeightedSentence } from './explain.ts';
export { toTranscript } from './transcript.ts';
export { InvariantViolation, allowedRemovalReasons } from './invariants.ts';
export { Prng } from './prng.ts';
export { enginesFor, EnginesNotLoadedError, type EngineFactories, type Engines } from './engines.ts';
