/**
 * embed.html: the player for iframes. Options come from the URL (query, and
 * the share-link fragment "#s=…"); see docs/embedding.md.
 *
 * Talking to the parent window (message shapes in protocol.ts):
 * - Resizing: "pop-lab:resize" {height} on every size change, and the H5P
 *   iframe resizer protocol (hello → prepareResize → resizePrepared → resize
 *   {scrollHeight}), so pop-lab-resizer.js, and H5P hosts and LMSes that load
 *   h5p-resizer.js, size the frame. Both carry only a height; they go to the
 *   parent's origin when the browser tells it (location.ancestorOrigins or
 *   the referrer), else to any parent ('*').
 * - Events (ready, step, fault, outcome, error) go only to an allowed parent:
 *   when the parent's origin is known, only if it is allowed, and only to it,
 *   so a page that is not allowed gets nothing and its console stays quiet
 *   (issue 10 item 10); when unknown, to each allowed origin. Commands (play,
 *   pause, seek, setMode, setTheme) are obeyed only from allowed origins.
 *   Allowed origins: the `origins` URL parameter (comma- or space-separated),
 *   else the embed's own origin. Other messages are counted and dropped.
 * - The host's theme signal ("pop-lab:hostTheme", from pop-lab-resizer.js) is
 *   taken from the parent window whatever its origin: it only picks colours.
 */
import '../ui/theme.css';
import './embed-page.css';
import { embedPlayer, mountEmbed, renderErrors, type EmbedController } from './controller.ts';
import { parseOptions, rawFromUrl } from './options.ts';
import { initialLanguage } from '../ui/language.svelte.ts';
import { nextTask } from '../ui/later.ts';
import { h5pAction, isAllowedOrigin, originPolicy, parentOriginOf, parseCommand, parseHostTheme, type EmbedEvent } from './protocol.ts';
import type { HostTheme } from './host-theme.ts';
import { loadScenario } from './scenario.ts';
import { showLoading, showsPrerendered } from './prerendered.ts';
import { embedPageStrings } from './strings.ts';
import { firstScreenIn } from '../ui/first-language.ts';
import { embedTitle } from './title.ts';

const url = new URL(location.href);
const policy = originPolicy(url.searchParams.get('origins'), location.origin);
const framed = window.parent !== window;
const parentOrigin = framed ? parentOriginOf(location.ancestorOrigins, document.referrer) : null;
const app = document.getElementById('app') ?? document.body;
let controller: EmbedController | null = null;
let h5pFriendly = false;
/** The host's signal if it came before the player was ready. */
let hostTheme: HostTheme | null = null;

/** Counters the tests read (documentElement data-*), and a site can inspect. */
const counters = { accepted: 0, ignored: 0, rejectedOrigin: 0 };
function count(key: keyof typeof counters): void {
  counters[key]++;
  document.documentElement.dataset[`commands${key[0]!.toUpperCase()}${key.slice(1)}`] = String(counters[key]);
}

/** Events: only to an allowed parent (see the header). */
function post(event: EmbedEvent): void {
  if (!framed) return;
  const targets = parentOrigin !== null ? (isAllowedOrigin(parentOrigin, policy) ? [parentOrigin] : []) : policy.allowed;
  for (const origin of targets) {
    try {
      window.parent.postMessage(event, origin);
    } catch {
      // A parent that went away: nothing to tell.
    }
  }
}

/** Height messages: to the parent's origin when known, else to any parent. */
function postHeight(data: unknown): void {
  if (!framed) return;
  try {
    window.parent.postMessage(data, parentOrigin ?? '*');
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
  postHeight({ type: 'pop-lab:resize', height } satisfies EmbedEvent);
  if (h5pFriendly) postHeight({ context: 'h5p', action: 'prepareResize', scrollHeight: height, clientHeight: height });
}

function onMessage(event: MessageEvent): void {
  const host = parseHostTheme(event.data);
  if (host !== undefined) {
    if (event.source !== window.parent) return;
    hostTheme = host;
    controller?.setHostTheme(host);
    return;
  }
  const h5p = h5pAction(event.data);
  if (h5p !== null) {
    if (event.source !== window.parent) return;
    if (h5p === 'hello') {
      h5pFriendly = true;
      lastHeight = -1;
      announceSize();
    } else if (h5p === 'resizePrepared') {
      postHeight({ context: 'h5p', action: 'resize', scrollHeight: contentHeight() });
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
    case 'pop-lab:setTheme':
      controller.setTheme(command.theme);
      break;
  }
}

/** The other languages' first screens (templates, src/ui/first-language.ts): used or not, they go once the page has decided. */
function dropOtherScreens(): void {
  for (const screen of document.querySelectorAll('template[data-first-screen]')) screen.remove();
}

async function start(): Promise<void> {
  window.addEventListener('message', onMessage);
  if (typeof ResizeObserver !== 'undefined') new ResizeObserver(() => announceSize()).observe(app);
  if (framed) postHeight({ context: 'h5p', action: 'hello' });

  const parsed = parseOptions(rawFromUrl(url));
  const errors = [...(parsed.ok ? [] : parsed.errors), ...policy.invalid.map((o) => `origins: "${o}" is not an origin like https://example.org`)];
  if (!parsed.ok || errors.length > 0) {
    dropOtherScreens();
    app.replaceChildren();
    renderErrors(app, errors);
    post({ type: 'pop-lab:error', errors });
    return;
  }
  const options = parsed.options;
  // The built embed.html holds the default player's first screen
  // (src/node/prerender.ts): hydrated when these options show exactly it,
  // else replaced by "Loading…" until the scenario asked for is ready, so
  // the default never stands in for another scenario (main.ts replaces it
  // before the first paint already, when the URL says so).
  // It is prerendered in each language (English in #app, the others in
  // templates); main.ts has put the page's in place, which firstScreenIn
  // confirms (or does, should the two choices ever differ).
  const language = initialLanguage(options.lang ?? null);
  const prerendered = app.querySelector('.pop-lab') !== null && showsPrerendered(options) && firstScreenIn(document, language);
  dropOtherScreens();
  // main.ts may have put up "Loading POP Lab…" already (in English: it does not load the catalogue).
  if (!prerendered) showLoading(app, embedPageStrings.loading);
  // Reading a linked scenario (inflating and checking 500 messages), making
  // the player and mounting it are each a task of their own, after the one
  // that evaluated this module (issue 12: no long task, large scenarios too).
  await nextTask();
  const loaded = await loadScenario(options.scenario, location.href, (u, init) => fetch(u, { credentials: 'same-origin', signal: init.signal }));
  if (!loaded.ok || !prerendered) app.replaceChildren();
  if (!loaded.ok) {
    renderErrors(app, loaded.errors);
    post({ type: 'pop-lab:error', errors: loaded.errors });
    return;
  }
  await nextTask();
  const made = embedPlayer(loaded.scenario, options, prerendered);
  await nextTask();
  controller = mountEmbed(
    app,
    loaded.scenario,
    options,
    {
      // The page's color-scheme follows the theme on screen: the frame's canvas
      // stays transparent where the host's scheme matches (no light corners).
      ontheme: (shown) => {
        document.documentElement.dataset.theme = shown;
      },
      onstep: (step, last, label) => post({ type: 'pop-lab:step', step, last, label }),
      onfault: (step, fault, device, detail) => post({ type: 'pop-lab:fault', step, fault, detail, ...(device !== undefined ? { device } : {}) }),
      onoutcome: (o) => post({ type: 'pop-lab:outcome', delivered: o.delivered, duplicated: o.duplicated, lost: o.lost, gap: o.gap }),
      onerror: (errors) => post({ type: 'pop-lab:error', errors: [...errors] }),
    },
    prerendered,
    made,
  );
  controller.setHostTheme(hostTheme);
  // In the page's language; the title whatever the mode (it is set once, and the heading follows the mode).
  document.title = `POP Lab: ${embedTitle(loaded.scenario)}`;
  await controller.ready;
  post({ type: 'pop-lab:ready', scenario: loaded.scenario.id, title: loaded.scenario.title, mode: controller.mode(), last: controller.player.last });
  announceSize();
}

start().catch((e: unknown) => {
  app.replaceChildren();
  renderErrors(app, [`unexpected error: ${e instanceof Error ? e.message : String(e)}`]);
});
