/**
 * The fault map's Web Worker (issue 13): every fork of the map runs here,
 * off the main thread, so the page stays responsive while the map fills.
 * All engines are registered statically (a worker has its own module
 * registry: the app's lazily loaded POP1/POP2 engines are not here).
 * Cancelling is terminating the worker (store.svelte.ts).
 */
import '../../sim/engines-all.ts';
import { runJob, type MapJob, type MapReply } from './job.ts';
import { ALL_ENGINES } from '../../sim/engines-all.ts';

const scope = self as unknown as { onmessage: ((e: MessageEvent<MapJob>) => void) | null; postMessage(reply: MapReply): void };
// The worker is its own bundle: it brings every protocol's engines (src/sim/engines.ts).
scope.onmessage = (e) => runJob(e.data, ALL_ENGINES, (reply) => scope.postMessage(reply));
