/**
 * The first frame of a run, from the scenario data alone: what the stage,
 * the maildrop and the Outcome show at step 0, before the simulator (a lazy
 * chunk) has loaded. The app paints this, then swaps in the simulated run
 * when it arrives; first-frame.test.ts checks that the frame equals the
 * simulated run's view at step 0 for every built-in scenario, so the swap
 * changes nothing the learner sees.
 *
 * It names the messages the way the World does: the maildrop's UIDs
 * (src/protocol/maildrop.ts) and the Subject label (src/sim/subject.ts).
 *
 * The runs without a trace live here too (stillRun: this first frame, and
 * the empty run of a scenario the World refused), in the first load, so
 * that nothing of run.ts's chunk is needed to paint.
 */
import { Maildrop } from '../protocol/maildrop.ts';
import { subjectOf } from '../sim/subject.ts';
import type { CustodyView, Outcome, ServerMessageView, WorldConfig, WorldView } from '../sim/types.ts';
import type { RunLike } from './run.ts';

export function firstFrame(config: WorldConfig): WorldView {
  const drop = new Maildrop(config.user);
  const names = config.devices.map((d) => d.name);
  const maildrop: ServerMessageView[] = [];
  const custody: CustodyView[] = [];
  for (const spec of config.messages) {
    const later = spec.arrivesAtTick !== undefined;
    const stored = later ? null : drop.deliver(spec.text, spec.uid !== undefined ? { uid: spec.uid } : {});
    const uid = stored?.uid ?? spec.uid ?? drop.reserveUid();
    const label = subjectOf(spec.text);
    // A later arrival (arrivesAtTick) is named now, as the World does, and shown on the server when it arrives.
    if (stored) maildrop.push({ uid, label, sizeOctets: stored.octets.length, status: 'present' });
    custody.push({ uid, label, verdict: 'pending', copiesByDevice: Object.fromEntries(names.map((n) => [n, 0])), onServer: true });
  }
  return {
    step: 0,
    tick: 0,
    protocol: config.protocol,
    serverUp: true,
    lockHolder: null,
    maildrop,
    devices: config.devices.map((d) => ({ name: d.name, connection: 'offline', clientState: '', serverState: '', copies: [], uidMemory: Object.keys(d.knownUids ?? {}) })),
    inFlight: [],
    custody,
  };
}

/**
 * A run that shows only the first frame while the simulator loads: no
 * trace (nothing to play or step through yet), and no fork.
 */
export function firstFrameRun(config: WorldConfig): RunLike {
  return stillRun(config, firstFrame(config), 'the simulator is still loading');
}

/**
 * A run with nothing in it, for when the World refused the scenario: the
 * views stay drawable (no devices, an empty maildrop) while the error says why.
 */
export function emptyRun(protocol: WorldConfig['protocol']): RunLike {
  const config: WorldConfig = {
    protocol,
    personality: { kind: 'rfc' },
    hostname: '',
    user: '',
    secret: '',
    messages: [],
    devices: [],
    channel: { latencyTicks: 0, octetsPerTick: 1 },
    faults: [],
    seed: 0,
  };
  const view: WorldView = { step: 0, tick: 0, protocol, serverUp: true, lockHolder: null, maildrop: [], devices: [], inFlight: [], custody: [] };
  return stillRun(config, view, 'this scenario could not be run, so there is nothing to add a fault to');
}

/**
 * A run that shows one view and no trace (nothing to play or step through),
 * with no verdicts yet; `fork` throws `why`: the first frame while the
 * simulator loads, and the empty run of a refused scenario.
 */
export function stillRun(config: WorldConfig, view: WorldView, why: string): RunLike {
  const outcome: Outcome = { delivered: 0, duplicated: 0, lost: 0, gap: 0, messages: view.custody };
  return {
    config,
    trace: [],
    viewAt: () => view,
    outcome: () => outcome,
    fork: () => {
      throw new Error(why);
    },
  };
}
