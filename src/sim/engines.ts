/**
 * Maps a protocol to its engine factories. The simulator creates one server
 * session and one client agent per device session through these.
 *
 * Rules of this module:
 * - POP3 is built in. POP1 and POP2 are registered: statically by
 *   engines-all.ts (Node, tests, the CLI, the bridge, the scenario runner and
 *   index.ts), or on demand in the browser with `await loadEngines(protocol)`,
 *   which keeps their code out of the app's first load.
 * - `enginesFor` stays synchronous. Asking for a protocol whose engines were
 *   never registered is the caller's mistake and throws EnginesNotLoadedError,
 *   naming the fix; it never falls back to another protocol.
 */
import type { ClientAgent, ClientContext, ClientPolicy, Protocol, ServerOptions, ServerSession } from '../protocol/engine.ts';
import type { PostOffice } from '../protocol/maildrop.ts';
import { createPop3Server } from '../protocol/pop3/server.ts';
import { createPop3Client } from '../protocol/pop3/client.ts';

export interface EngineFactories {
  createServer(office: PostOffice, options: ServerOptions): ServerSession;
  createClient(policy: ClientPolicy, context: ClientContext): ClientAgent;
}

/** Thrown by enginesFor when a protocol's engines have not been registered (see loadEngines). */
export class EnginesNotLoadedError extends Error {
  override readonly name = 'EnginesNotLoadedError';
  constructor(readonly protocol: Protocol) {
    super(
      `scenario error: the ${protocol.toUpperCase()} engines are not loaded; ` +
        `call \`await loadEngines('${protocol}')\` (src/sim/engines.ts) before simulating, ` +
        `or import src/sim/engines-all.ts`,
    );
  }
}

const POP3: EngineFactories = { createServer: createPop3Server, createClient: createPop3Client };

const registry = new Map<Protocol, EngineFactories>([['pop3', POP3]]);

/** Makes `protocol` available to enginesFor. Registering the same protocol again replaces its factories. */
export function registerEngines(protocol: Protocol, factories: EngineFactories): void {
  registry.set(protocol, factories);
}

/** Whether enginesFor(protocol) will succeed right now. */
export function enginesLoaded(protocol: Protocol): boolean {
  return registry.has(protocol);
}

export function enginesFor(protocol: Protocol): EngineFactories {
  const factories = registry.get(protocol);
  if (!factories) throw new EnginesNotLoadedError(protocol);
  return factories;
}

/**
 * Loads and registers a protocol's engines (a dynamic import for POP1 and
 * POP2; POP3 is always present). Resolves to the same factories enginesFor
 * returns from then on. Safe to call repeatedly and concurrently.
 */
export async function loadEngines(protocol: Protocol): Promise<EngineFactories> {
  const present = registry.get(protocol);
  if (present) return present;
  switch (protocol) {
    case 'pop3':
      break;
    case 'pop2':
      registerEngines('pop2', (await import('./engines-pop2.ts')).POP2_ENGINES);
      break;
    case 'pop1':
      registerEngines('pop1', (await import('./engines-pop1.ts')).POP1_ENGINES);
      break;
  }
  return enginesFor(protocol);
}
