/**
 * The fault map on the main thread: it asks a Web Worker (worker.ts) for the
 * map of the world on screen, gathers the cells as they arrive, and caches
 * finished maps per world (scenario, settings, seed).
 *
 * Cancelling is terminating the worker: a new world (settings changed, the
 * dialog closed) stops the old computation at once, without the worker
 * having to look at its mailbox between forks. Where no worker can be made
 * (a strict CSP, an old browser), the same job runs on the main thread in
 * slices of a few milliseconds that yield to the browser.
 */
import { jobSteps, type MapJob, type MapReply } from './job.ts';
import { ALL_ENGINES } from '../../sim/engines-all.ts';
import { MAP_FAULTS, type FaultMap, type MapCell, type MapMode, type MapRow, type ModeConfigs, type ModeRows } from '../../scenarios/fault-map/compute.ts';
import { readMode } from '../../scenarios/fault-map/read.ts';
import { faultMapView } from './state.svelte.ts';
import { worldKey } from './configs.ts';

/** A row and its cells so far; the object is replaced only when a cell of this row arrives, so the view redraws only that row. */
export interface MapLine {
  readonly row: MapRow;
  readonly cells: readonly MapCell[];
}

export interface ModeState extends ModeRows {
  /** In map order: cell (row i, fault j) is cells[i * faults + j]. */
  readonly cells: readonly MapCell[];
  /** The rows that have at least one cell so far, in order. */
  readonly lines: readonly MapLine[];
}

/** The lines of a finished (or cached) mode. */
function linesOf(rows: readonly MapRow[], cells: readonly MapCell[], faults: number): MapLine[] {
  return rows.map((row, i) => ({ row, cells: cells.slice(i * faults, (i + 1) * faults) })).filter((l) => l.cells.length > 0);
}

const CACHE_SIZE = 8;
const cache = new Map<string, FaultMap>();

const SLICE_MS = 8;
const SLICED_BATCH_MS = 250;
const nextTask = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
};

export class FaultMapStore {
  readonly faults = MAP_FAULTS;
  key = $state('');
  modes = $state.raw<readonly ModeState[]>([]);
  status = $state<'idle' | 'computing' | 'done' | 'error'>('idle');
  error = $state('');
  #worker: Worker | null = null;
  #job = 0;

  /** Cells computed so far, and in all (known once a mode's rows are in). */
  get done(): number {
    return this.modes.reduce((n, m) => n + m.cells.length, 0);
  }
  get total(): number {
    return this.modes.reduce((n, m) => n + m.rows.length * this.faults.length, 0);
  }

  /** Shows the map of this world: from the cache, or computed afresh (cancelling any other). */
  show(configs: ModeConfigs): void {
    const key = worldKey(configs);
    if (key === this.key && this.status !== 'error') return;
    this.cancel();
    this.key = key;
    this.error = '';
    const cached = cache.get(key);
    if (cached) {
      this.modes = cached.modes.map((m) => ({ ...m, lines: linesOf(m.rows, m.cells, this.faults.length) }));
      this.status = 'done';
      this.#publish();
      return;
    }
    this.modes = [];
    this.status = 'computing';
    const job: MapJob = { id: ++this.#job, configs };
    const worker = makeWorker();
    if (worker) {
      this.#worker = worker;
      worker.onmessage = (e: MessageEvent<MapReply>) => this.#receive(e.data);
      // A worker that cannot start (blocked by a policy) falls back to slices here.
      worker.onerror = (e) => {
        e.preventDefault();
        if (this.#worker !== worker) return;
        worker.terminate();
        this.#worker = null;
        this.modes = [];
        void this.#sliced(job);
      };
      worker.postMessage(job);
    } else void this.#sliced(job);
  }

  cancel(): void {
    this.#worker?.terminate();
    this.#worker = null;
    this.#job++;
    if (this.status === 'computing') this.status = 'idle';
    this.key = '';
  }

  async #sliced(job: MapJob): Promise<void> {
    await import('../../sim/engines-all.ts');
    // Here every batch is drawn on the thread that computes, so batches come less often than from a worker.
    const steps = jobSteps(job, ALL_ENGINES, (r) => this.#receive(r), () => performance.now(), SLICED_BATCH_MS);
    for (;;) {
      if (job.id !== this.#job) return;
      const until = performance.now() + SLICE_MS;
      let next = steps.next();
      while (!next.done && performance.now() < until) next = steps.next();
      if (next.done) return;
      await nextTask();
    }
  }

  #receive(reply: MapReply): void {
    if (reply.id !== this.#job) return;
    if (reply.type === 'error') {
      this.status = 'error';
      this.error = reply.message;
      this.#worker?.terminate();
      this.#worker = null;
      return;
    }
    if (reply.type === 'done') {
      this.status = 'done';
      this.#worker?.terminate();
      this.#worker = null;
      cache.set(this.key, { faults: this.faults, modes: this.modes.map(({ lines: _l, ...m }) => m) });
      if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
      this.#publish();
      return;
    }
    // One new array per mode per batch (a batch comes at most every BATCH_MS),
    // and new line objects only for the rows whose cells arrived.
    const modes = [...this.modes];
    let added: MapCell[] = [];
    const flush = () => {
      const i = modes.length - 1;
      const m = modes[i];
      if (added.length === 0 || !m) return;
      const lines = [...m.lines];
      for (const cell of added) {
        const last = lines[lines.length - 1];
        if (last && last.row.step === cell.step) lines[lines.length - 1] = { row: last.row, cells: [...last.cells, cell] };
        else lines.push({ row: m.rows[cell.step - 1]!, cells: [cell] });
      }
      modes[i] = { ...m, cells: m.cells.concat(added), lines };
      added = [];
    };
    for (const piece of reply.pieces) {
      if (piece.type === 'rows') {
        flush();
        const { type: _t, ...rows } = piece;
        modes.push({ ...rows, cells: [], lines: [] });
      } else {
        const { type: _t, ...cell } = piece;
        added.push(cell);
      }
    }
    flush();
    this.modes = modes;
  }

  /** Hands the finished map's danger steps to the sequence diagram. */
  #publish(): void {
    faultMapView.danger = this.modes.map((m) => {
      const r = readMode(m.cells);
      return { key: this.key, mode: m.mode as MapMode, lost: new Set(r.lost), duplicated: new Set(r.duplicated) };
    });
  }
}

function makeWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

/** The one store of the page (the dialog and the embed each show it). */
export const faultMapStore = new FaultMapStore();
