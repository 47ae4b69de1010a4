/**
 * The app's start, imported by src/main.ts once the browser has painted the
 * prerendered first screen: it hydrates that screen, in the page's language
 * (or renders the app, for the presenter notes or in `vite dev`).
 */
import { hydrate, mount } from 'svelte';
import App from './App.svelte';
import { startApp } from './app-start.ts';
import { createSource } from './wiring.ts';
import { startSettings } from './player.svelte.ts';
import { initialLanguage } from './language.svelte.ts';
import { firstScreenIn } from './first-language.ts';

// The language before the first render: the link's (&lang=es), the learner's
// earlier choice, else the browser's (navigator.languages). It also sets <html lang>.
// The build prerenders the first screen in each language (English in #app,
// the others in templates); the page's entry has already put this
// language's into #app (src/main.ts, first-language.ts), which firstScreenIn
// confirms (or does, should the two choices ever differ). Only without a
// prerendered screen (vite dev) does the app render on the client.
const language = initialLanguage();

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
const notes = new URLSearchParams(location.search).get('view') === 'notes';
const prerendered = !notes && firstScreenIn(document, language);
for (const screen of document.querySelectorAll('template[data-first-screen]')) screen.remove();
if (notes) {
  // The presenter notes window: loaded lazily, never part of the first load.
  target.replaceChildren();
  void import('./presenter/NotesView.svelte').then(({ default: NotesView }) => mount(NotesView, { target }));
} else if (prerendered) {
  // The build prerendered the first screen (src/node/prerender.ts): take it
  // over, in a task of its own, after the one that evaluated the modules, so
  // neither is a long task on a slow phone (issue 12 item 2). The learner
  // already sees the page; the controls say they are waiting meanwhile.
  // The app's start (the Player and its first frame) is made in a task of its
  // own too, before hydration's.
  // Before both, the default run's first frame (its messages rendered and
  // named, wiring.ts), which the Player then finds drawn.
  setTimeout(() => {
    const source = createSource();
    source.firstFrame?.(startSettings(source));
    setTimeout(() => {
      const start = startApp(false, source);
      setTimeout(() => hydrate(App, { target, props: { start } }), 0);
    }, 0);
  }, 0);
} else {
  // vite dev: nothing prerendered.
  target.replaceChildren();
  mount(App, { target });
}
