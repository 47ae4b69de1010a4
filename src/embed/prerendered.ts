/**
 * The options embed.html is prerendered with (src/embed/first-screen.ts), and
 * whether a page's own options show the same first screen, so embed-page.ts
 * can hydrate the prerendered HTML instead of replacing it.
 */
import { DEFAULT_SCENARIO_ID } from '../scenarios/library/default.ts';
import type { EmbedOptions } from './options.ts';

export const PRERENDERED_OPTIONS = {
  scenario: { kind: 'default' },
  autoplay: false,
  controls: 'full',
  theme: 'auto',
  view: 'player',
} as const satisfies EmbedOptions;

/**
 * The first screen does not depend on autoplay (playing starts after
 * hydration); the scenario, the controls, a forced mode and a fixed height do.
 * An explicit theme only re-colours (hydration sets the attribute).
 */
export function showsPrerendered(options: EmbedOptions): boolean {
  const s = options.scenario;
  const defaultScenario = s.kind === 'default' || (s.kind === 'builtin-or-link' && s.value.trim() === DEFAULT_SCENARIO_ID);
  return defaultScenario && options.view === PRERENDERED_OPTIONS.view && options.controls === PRERENDERED_OPTIONS.controls && options.mode === undefined && options.height === undefined;
}
