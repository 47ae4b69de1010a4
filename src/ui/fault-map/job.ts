/**
 * The fault map's worker, as a function: it runs computeCells for a job and
 * posts the pieces in batches, the first cell at once (so the first cells
 * show within a frame or two) and then at most every `batchMs`, so the page
 * handles a few messages a second, each small. worker.ts wires it to
 * `self`; the main-thread fallback (store.svelte.ts) and the tests call it
 * directly. No DOM here; the clock is passed in.
 */
import { computeCells, type MapPiece, type ModeConfigs } from '../../scenarios/fault-map/compute.ts';
import type { FaultKind } from '../../sim/types.ts';
import type { Engines } from '../../sim/engines.ts';

export interface MapJob {
  readonly id: number;
  readonly configs: ModeConfigs;
  readonly faults?: readonly FaultKind[];
}

export type MapReply =
  | { readonly id: number; readonly type: 'pieces'; readonly pieces: readonly MapPiece[] }
  | { readonly id: number; readonly type: 'done' }
  | { readonly id: number; readonly type: 'error'; readonly message: string };

export const BATCH_MS = 40;

/**
 * Runs a job to the end, posting as it goes. `shouldStop` is asked between
 * cells (the sliced fallback uses it; a worker is simply terminated).
 */
export function* jobSteps(job: MapJob, engines: Engines, post: (reply: MapReply) => void, now: () => number, batchMs = BATCH_MS): Generator<void, void, void> {
  let batch: MapPiece[] = [];
  let since = now();
  let cells = 0;
  try {
    for (const piece of computeCells(job.configs, engines, job.faults)) {
      batch.push(piece);
      if (piece.type === 'cell') cells++;
      if (cells === 1 || now() - since >= batchMs) {
        post({ id: job.id, type: 'pieces', pieces: batch });
        batch = [];
        since = now();
      }
      yield;
    }
    if (batch.length > 0) post({ id: job.id, type: 'pieces', pieces: batch });
    post({ id: job.id, type: 'done' });
  } catch (err) {
    post({ id: job.id, type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
}

/** A whole job at once (the worker). */
export function runJob(job: MapJob, engines: Engines, post: (reply: MapReply) => void, now: () => number = () => performance.now()): void {
  for (const _ of jobSteps(job, engines, post, now));
}
