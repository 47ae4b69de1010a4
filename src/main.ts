import { hydrate, mount } from 'svelte';
import './ui/app.css';
import App from './ui/App.svelte';

// The theme: the learner's stored choice, else the system's. app.css already
// follows the system before this runs (the prerendered first paint); setting
// the attribute either way lets a stored choice win over the system's.
let storedTheme: string | null = null;
try {
  storedTheme = localStorage.getItem('pop-lab.theme');
} catch {
  // No storage: follow the system.
}
const dark = storedTheme ? storedTheme === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
document.documentElement.dataset.theme = dark ? 'dark' : 'light';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
if (new URLSearchParams(location.search).get('view') === 'notes') {
  // The presenter notes window: loaded lazily, never part of the first load.
  target.replaceChildren();
  void import('./ui/presenter/NotesView.svelte').then(({ default: NotesView }) => mount(NotesView, { target }));
} else if (target.firstElementChild) {
  // The build prerendered the first screen (src/node/prerender.ts): take it
  // over, in a task of its own, after the one that evaluated the modules, so
  // neither is a long task on a slow phone (issue 12 item 2). The learner
  // already sees the page; the controls say they are waiting meanwhile.
  setTimeout(() => hydrate(App, { target }), 0);
} else {
  // vite dev: nothing prerendered.
  mount(App, { target });
}
