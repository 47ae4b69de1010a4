/**
 * embed.html: the player for iframes. Options come from the URL (query, and
 * the share-link fragment "#s=…"); see docs/embedding.md.
 *
 * Talking to the parent window (message shapes in protocol.ts):
 * - Resizing: "pop-lab:resize" {height} on every size change, and the H5P
 *   iframe resizer protocol (hello → prepareResize → resizePrepared → resize
 *   {scrollHeight}), so H5P hosts and LMSes that load h5p-resizer.js size the
 *   frame. Both carry only a height and go to any parent ('*').
 * - Events (ready, step, fault, outcome, error) go only to the allowed
 *   origins; commands (play, pause, seek, setMode) are obeyed only from them.
 *   Allowed origins: the `origins` URL parameter (comma-separated), else the
 *   embed's own origin. Other messages are counted and dropped, silently.
 */
import './embed-page.css';
import { mountEmbed, renderErrors, type EmbedController } from './controller.ts';
import { parseOptions, rawFromUrl } from './options.ts';
import { h5pAction, isAllowedOrigin, originPolicy, parseCommand, type EmbedEvent } from './protocol.ts';
import { loadScenario } from './scenario.ts';

const url = new URL(location.href);
const policy = originPolicy(url.searchParams.get('origins'), location.origin);
const framed = window.parent !== window;
const app = document.getElementById('app') ?? document.body;
let controller: EmbedController | null = null;
let h5pFriendly = false;

/** Counters the tests read (documentElement data-*), and a site can inspect. */
const counters = { accepted: 0, ignored: 0, rejectedOrigin: 0 };
function count(key: keyof typeof counters): void {
  counters[key]++;
  document.documentElement.dataset[`commands${key[0]!.toUpperCase()}${key.slice(1)}`] = String(counters[key]);
}

function post(event: EmbedEvent): void {
  if (!framed) return;
  for (const origin of policy.allowed) {
    try {
      window.parent.postMessage(event, origin);
    } catch {
      // A parent that went away: nothing to tell.
    }
  }
}

function postAnywhere(data: unknown): void {
  if (!framed) return;
  try {
    window.parent.postMessage(data, '*');
  } catch {
    // ignore
  }
}

function contentHeight(): number {
  return Math.ceil(app.getBoundingClientRect().height);
}

let lastHeight = -1;
function announceSize(): void {
  const height = contentHeight();
  if (height === lastHeight) return;
  lastHeight = height;
  postAnywhere({ type: 'pop-lab:resize', height } satisfies EmbedEvent);
  if (h5pFriendly) postAnywhere({ context: 'h5p', action: 'prepareResize', scrollHeight: height, clientHeight: height });
}

function onMessage(event: MessageEvent): void {
  const h5p = h5pAction(event.data);
  if (h5p !== null) {
    if (event.source !== window.parent) return;
    if (h5p === 'hello') {
      h5pFriendly = true;
      lastHeight = -1;
      announceSize();
    } else if (h5p === 'resizePrepared') {
      postAnywhere({ context: 'h5p', action: 'resize', scrollHeight: contentHeight() });
    } else if (h5p === 'resize') {
      lastHeight = -1;
      announceSize();
    }
    return;
  }
  if (!isAllowedOrigin(event.origin, policy)) {
    count('rejectedOrigin');
    return;
  }
  const command = parseCommand(event.data);
  if (command === null || controller === null) {
    count('ignored');
    return;
  }
  count('accepted');
  switch (command.type) {
    case 'pop-lab:play':
      controller.play();
      break;
    case 'pop-lab:pause':
      controller.pause();
      break;
    case 'pop-lab:seek':
      controller.seek(command.step);
      break;
    case 'pop-lab:setMode':
      controller.setMode(command.mode);
      break;
  }
}

async function start(): Promise<void> {
  window.addEventListener('message', onMessage);
  if (typeof ResizeObserver !== 'undefined') new ResizeObserver(() => announceSize()).observe(app);
  if (framed) postAnywhere({ context: 'h5p', action: 'hello' });

  const parsed = parseOptions(rawFromUrl(url));
  const errors = [...(parsed.ok ? [] : parsed.errors), ...policy.invalid.map((o) => `origins: "${o}" is not an origin like https://example.org`)];
  if (!parsed.ok || errors.length > 0) {
    renderErrors(app, errors);
    post({ type: 'pop-lab:error', errors });
    return;
  }
  const options = parsed.options;
  const theme = options.theme === 'auto' ? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light') : options.theme;
  document.documentElement.dataset.theme = theme;
  const loaded = await loadScenario(options.scenario, location.href, (u) => fetch(u, { credentials: 'same-origin' }));
  if (!loaded.ok) {
    renderErrors(app, loaded.errors);
    post({ type: 'pop-lab:error', errors: loaded.errors });
    return;
  }
  controller = mountEmbed(app, loaded.scenario, options, {
    onstep: (step, last, label) => post({ type: 'pop-lab:step', step, last, label }),
    onfault: (step, fault, device, detail) => post({ type: 'pop-lab:fault', step, fault, detail, ...(device !== undefined ? { device } : {}) }),
    onoutcome: (o) => post({ type: 'pop-lab:outcome', delivered: o.delivered, duplicated: o.duplicated, lost: o.lost, gap: o.gap }),
    onerror: (errors) => post({ type: 'pop-lab:error', errors: [...errors] }),
  });
  document.title = `POP Lab: ${loaded.scenario.title}`;
  post({ type: 'pop-lab:ready', scenario: loaded.scenario.id, title: loaded.scenario.title, mode: controller.mode(), last: controller.player.last });
  announceSize();
}

start().catch((e: unknown) => {
  renderErrors(app, [`unexpected error: ${e instanceof Error ? e.message : String(e)}`]);
});
