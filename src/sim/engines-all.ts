/**
 * Every protocol's engines and the MD5 digests, for whoever must simply run
 * any world: Node code, tests, the CLI, the bridge, the scenario runner, the
 * embed and the app's lazy panels. Pass it as WorldOptions.engines.
 */
import { NOBLE_DIGESTS } from '../protocol/digests-noble.ts';
import type { Engines } from './engines.ts';
import { POP1_ENGINES } from './engines-pop1.ts';
import { POP2_ENGINES } from './engines-pop2.ts';
import { POP3_ENGINES } from './engines-pop3.ts';

export const ALL_ENGINES: Engines = { pop1: POP1_ENGINES, pop2: POP2_ENGINES, pop3: POP3_ENGINES, digests: NOBLE_DIGESTS };
