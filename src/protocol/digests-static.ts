/**
 * Registers the MD5 digests statically, for its side effect. Import it
 * wherever APOP and CRAM-MD5 must simply work without an `await`: Node code,
 * tests (vitest setupFiles), src/sim/engines-all.ts.
 */
import { registerDigests } from './digests.ts';
import { NOBLE_DIGESTS } from './digests-noble.ts';

registerDigests(NOBLE_DIGESTS);
