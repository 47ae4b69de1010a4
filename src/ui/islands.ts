/**
 * Islands of the first screen (issue 12 item 2: no task over 50 ms on a slow
 * phone). Hydrating the whole prerendered screen in one go was the longest
 * task of the app's start-up, and the stage, the controls and the Outcome
 * were two thirds of it. So App holds each of them, and the header, in an empty host element
 * (`data-island`), which the build's server render fills with that part's
 * own markup (first-screen.ts fillIslands); App's hydration never looks
 * inside an element it declares empty, and each part is taken over
 * afterwards, in a task of its own, with the app's player in its context.
 *
 * Where nothing was prerendered (vite dev, or a page in another language
 * than the prerendered English, which App renders on the client) the host
 * is empty and the part is mounted instead.
 */
import { hydrate, mount, unmount, type Component } from 'svelte';
import { nextTask } from './later.ts';

export interface Island {
  readonly host: HTMLElement;
  // Props differ per part; each island's props match its component (App builds them side by side).
  readonly component: Component<any>;
  readonly props: Record<string, unknown>;
}

/**
 * Takes over (or mounts) each island, one per task, in order. `context`
 * carries the player (player.svelte.ts playerContext). `started` resolves
 * once all of them are (one that throws is reported and skipped): what
 * changes the first screen's shape (Play turning into Pause, a linked run)
 * must wait for it, or hydration would meet markup that no longer matches
 * (app-start.ts holds the first run until then).
 * `stop()` (the host component's teardown) stops the islands not yet
 * started and unmounts the started ones: an embed's view can be destroyed.
 */
export function startIslands(islands: readonly Island[], context: Map<unknown, unknown>): { readonly started: Promise<void>; stop(): void } {
  let live = true;
  const made: Array<Record<string, unknown>> = [];
  const started = (async () => {
    for (const { host, component, props } of islands) {
      await nextTask();
      if (!live) continue;
      try {
        made.push((host.firstChild ? hydrate : mount)(component, { target: host, props, context }));
      } catch (error) {
        // One part that cannot start must not keep the others, or the first
        // run that waits for `started`, from the page.
        console.error('island:', error);
      }
    }
  })();
  return {
    started,
    stop: () => {
      live = false;
      for (const part of made.splice(0)) void unmount(part);
    },
  };
}

/**
 * For the build's server render (first-screen.ts): puts each island's markup
 * into App's empty host for it (`<div … data-island="name"></div>`).
 */
export function fillIslands(app: string, islands: Readonly<Record<string, string>>): string {
  let html = app;
  for (const [name, markup] of Object.entries(islands)) {
    const host = new RegExp(`(<div [^>]*data-island="${name}"[^>]*>)(</div>)`);
    if (!host.test(html)) throw new Error(`first screen: App has no empty host for the ${name} island`);
    html = html.replace(host, (_, open: string, close: string) => open + markup + close);
  }
  return html;
}
