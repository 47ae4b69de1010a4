import { mount } from 'svelte';
import './ui/app.css';
import App from './ui/App.svelte';

// Set the theme before the first paint so a dark system never flashes light.
if (matchMedia('(prefers-color-scheme: dark)').matches) document.documentElement.dataset.theme = 'dark';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
mount(App, { target });
