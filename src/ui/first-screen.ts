/**
 * The app's first screen as HTML, for the build's prerender step
 * (src/node/prerender.ts, issue 12 item 1): the default scenario at step 0,
 * the controls waiting for the simulator, the Outcome. Loaded only by the
 * server render (Vite SSR), never by the browser.
 *
 * The markup carries Svelte's hydration markers: src/ui/boot.ts hydrates it.
 * Light and dark come from CSS (app.css follows prefers-color-scheme until
 * the app sets data-theme), so one HTML serves both.
 */
import { render } from 'svelte/server';
import App from './App.svelte';

/**
 * `locale`: the language of the page. Only English exists today; the
 * catalogue (en/es/de, in progress) selects its messages from it before
 * rendering, and the build writes one page per locale.
 */
export function renderFirstScreen(locale = 'en'): { readonly html: string; readonly lang: string } {
  return { html: render(App).body, lang: locale };
}
