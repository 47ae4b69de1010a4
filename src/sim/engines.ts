/**
 * The engines a world runs: per protocol, the factories for one server
 * session and one client agent per device session, and the MD5 digests POP3
 * authentication needs (APOP, CRAM-MD5; src/protocol/digests.ts).
 *
 * Whoever simulates passes them in (WorldOptions.engines); nothing here is a
 * registry. Node code, tests and lazy panels pass ALL_ENGINES
 * (./engines-all.ts); the browser app's first run passes POP3_ENGINES only
 * and adds POP1, POP2 and the digests as the learner needs them
 * (src/ui/simulator.ts), which keeps their code out of the first load.
 */
import type { ClientAgent, ClientContext, ClientPolicy, Protocol, ServerOptions, ServerSession } from '../protocol/engine.ts';
import type { Digests } from '../protocol/digests.ts';
import type { PostOffice } from '../protocol/maildrop.ts';

export interface EngineFactories {
  createServer(office: PostOffice, options: ServerOptions): ServerSession;
  createClient(policy: ClientPolicy, context: ClientContext): ClientAgent;
}

export interface Engines {
  readonly pop1?: EngineFactories;
  readonly pop2?: EngineFactories;
  readonly pop3?: EngineFactories;
  /** MD5 for APOP and CRAM-MD5; a world whose devices use neither runs without them. */
  readonly digests?: Digests;
}

/** Thrown when a world's protocol has no engines in the Engines passed in: the caller's mistake. */
export class EnginesNotLoadedError extends Error {
  override readonly name = 'EnginesNotLoadedError';
  constructor(readonly protocol: Protocol) {
    super(
      `scenario error: no ${protocol.toUpperCase()} engines were passed in; ` +
        `give the world \`engines\` with ${protocol} (ALL_ENGINES from src/sim/engines-all.ts, ` +
        `or the app's loadEngines in src/ui/simulator.ts)`,
    );
  }
}

/** The factories for `protocol` in `engines`; EnginesNotLoadedError when they are missing. */
export function enginesFor(engines: Engines, protocol: Protocol): EngineFactories {
  const factories = engines[protocol];
  if (!factories) throw new EnginesNotLoadedError(protocol);
  return factories;
}
