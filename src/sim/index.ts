/**
 * POP Lab's deterministic simulator: public API.
 *
 * Run a whole world up front and move a cursor over it (the player):
 *
 *   const run = simulate(config);        // WorldConfig from ./types.ts
 *   run.trace                            // readonly TraceEvent[], append-only, step = index
 *   run.prepareSeek()                    // optional: build the seek index now (else on first viewAt)
 *   run.viewAt(step)                     // WorldView after `step` (-1 = before anything); fast seek
 *   run.outcome()                        // Outcome: delivered / duplicated / lost / gap per message
 *   run.transcript()                     // "C: RETR 1" / "S: +OK 120 octets" / "-- connection dropped --"
 *   run.fork(step, { kind: 'drop-connection', device: 'Laptop' })  // same config + that fault at `step`
 *
 * Drive a world by hand (the terminal):
 *
 *   const live = new LiveWorld(config, { manualDevice: 'Terminal' });
 *   live.typeLine('USER alice'); live.takeReceived();   // '+OK ...\r\n'
 *   live.advance(ticks); live.view(); live.outcome(); live.transcript();
 *
 * Faults are ordinary named operations on World and LiveWorld, the same
 * ones FaultSpec placements call: dropConnection(device),
 * loseSegment(device, direction), crashClient(device), crashServer(),
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
 *
 * This entry registers every protocol's engines (engines-all.ts), so POP1,
 * POP2 and POP3 all work without an `await`. The browser app imports the
 * lean entry (./lean.ts) and loads POP1/POP2 on demand with loadEngines.
 */
import './engines-all.ts';

export * from './lean.ts';
