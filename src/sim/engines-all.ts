/**
 * Registers every protocol's engines, statically. Import this module for its
 * side effect wherever all of POP1, POP2 and POP3 must simply work without an
 * `await` (Node code, tests, the CLI, the bridge, the scenario runner);
 * src/sim/index.ts does. The browser app imports src/sim/lean.ts instead and
 * calls loadEngines(protocol) when the learner picks POP1 or POP2.
 *
 * It also registers the MD5 digests (APOP, CRAM-MD5; src/protocol/digests.ts)
 * statically; the app calls loadDigests() instead.
 */
import '../protocol/digests-static.ts';
import { registerEngines } from './engines.ts';
import { POP1_ENGINES } from './engines-pop1.ts';
import { POP2_ENGINES } from './engines-pop2.ts';

registerEngines('pop2', POP2_ENGINES);
registerEngines('pop1', POP1_ENGINES);

export { enginesFor, loadEngines, enginesLoaded, registerEngines, EnginesNotLoadedError, type EngineFactories } from './engines.ts';
