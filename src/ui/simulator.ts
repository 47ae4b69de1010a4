/**
 * The simulator as the app loads it: one lazy chunk (world, POP3 engines,
 * ledger, invariants, channel), imported by wiring.ts right after the first
 * paint (issue 12 item 2). Nothing on the app's first-load path imports this
 * module statically; src/scenarios/first-load.test.ts guards that.
 *
 * The app's first run passes POP3_ENGINES only; POP1, POP2 and the MD5
 * digests are chunks of their own, loaded here when the learner needs them
 * and passed in with the rest (src/sim/engines.ts).
 */
import type { Protocol } from '../protocol/engine.ts';
import type { Digests } from '../protocol/digests.ts';
import type { EngineFactories } from '../sim/engines.ts';
import { POP3_ENGINES } from '../sim/engines-pop3.ts';

export { simulate, simulateInSteps } from '../sim/run.ts';
export { POP3_ENGINES };

/** A protocol's engine factories; POP1 and POP2 load on demand. */
export async function loadEngines(protocol: Protocol): Promise<EngineFactories> {
  switch (protocol) {
    case 'pop3':
      return POP3_ENGINES;
    case 'pop2':
      return (await import('../sim/engines-pop2.ts')).POP2_ENGINES;
    case 'pop1':
      return (await import('../sim/engines-pop1.ts')).POP1_ENGINES;
  }
}

/** The MD5 digests (@noble/hashes) for APOP and CRAM-MD5 devices, on demand. */
export async function loadDigests(): Promise<Digests> {
  return (await import('../protocol/digests-noble.ts')).NOBLE_DIGESTS;
}
