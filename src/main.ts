import { mount } from 'svelte';
import './ui/app.css';
import App from './ui/App.svelte';
import { initialLanguage } from './ui/language.svelte.ts';

// Set the theme before the first paint so a dark system never flashes light.
let storedTheme: string | null = null;
try {
  storedTheme = localStorage.getItem('pop-lab.theme');
} catch {
  // No storage: follow the system.
}
const dark = storedTheme ? storedTheme === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
if (dark) document.documentElement.dataset.theme = 'dark';

// The language before the first render: the link's (&lang=es), the learner's
// earlier choice, else the browser's (navigator.languages). It also sets <html lang>.
// Prerendering hook: the build prerenders the first screen in English; a page
// that speaks another language must render on the client (mount), not hydrate
// English markup. `initialLanguage() === 'en'` is the condition to hydrate.
initialLanguage();

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
if (new URLSearchParams(location.search).get('view') === 'notes') {
  // The presenter notes window: loaded lazily, never part of the first load.
  void import('./ui/presenter/NotesView.svelte').then(({ default: NotesView }) => mount(NotesView, { target }));
} else {
  mount(App, { target });
}
