/**
 * What the fault map shares with the rest of the lab: whether it is open
 * (the Tools button, a share link's `&view=faultmap`, the embed), and the
 * danger steps of the last finished map, which the sequence diagram marks.
 * Loaded lazily with the panels; nothing in the first load imports it.
 */
export interface Danger {
  /** Which world the map was computed for (see worldKey in store.svelte.ts): the diagram marks only that world. */
  readonly key: string;
  readonly mode: 'delete' | 'keep';
  readonly lost: ReadonlySet<number>;
  readonly duplicated: ReadonlySet<number>;
}

export const faultMapView = $state<{ open: boolean; danger: readonly Danger[] }>({ open: false, danger: [] });
