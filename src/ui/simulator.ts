/**
 * The simulator as the app loads it: one lazy chunk (world, engines, ledger,
 * invariants, channel), imported by wiring.ts right after the first paint
 * (issue 12 item 2). Nothing on the app's first-load path imports this module
 * statically; src/scenarios/first-load.test.ts guards that.
 */
export { simulateCore, simulateCoreInSteps } from '../sim/run.ts';
export { loadEngines, enginesLoaded } from '../sim/engines.ts';
export { digestsLoaded, loadDigests } from '../protocol/digests.ts';
