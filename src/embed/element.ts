/**
 * <pop-lab>: the embeddable player as a custom element (built on its own by
 * vite.embed.config.ts into dist/embed/pop-lab.js).
 *
 *   <script type="module" src="https://…/embed/pop-lab.js"></script>
 *   <pop-lab scenario="first-session" mode="keep" controls="minimal" theme="auto" autoplay></pop-lab>
 *
 * Attributes: scenario (built-in id, or share-link payload "#s=…"/bare),
 * src (URL of a scenario JSON file), mode (delete|keep), autoplay,
 * controls (full|minimal|none), theme (light|dark|auto), height (CSS px),
 * lang (en|es|de; else the page's own lang, else the reader's browser).
 * Everything renders in an open shadow root, so the page's CSS cannot reach
 * it. Bad attributes, a bad scenario or a failed fetch show a message inside
 * the element; nothing is thrown to the page.
 *
 * DOM events (bubbling, detail as in the iframe API of protocol.ts):
 * pop-lab-ready, pop-lab-step, pop-lab-fault, pop-lab-outcome, pop-lab-error.
 * Methods: play(), pause(), seek(step), setMode(mode). Changing the `theme`
 * attribute re-colours the player without touching the run; other
 * attributes re-render it. theme="auto" follows the host page's own
 * dark-mode signal (host-theme.ts), then the reader's system setting.
 */
import { ERROR_CSS, mountEmbed, renderErrors, type EmbedController } from './controller.ts';
// The theme the app uses too (colour tokens, controls), for the .pop-lab root inside the shadow root.
import THEME_CSS from '../ui/theme.css?inline';
import { parseOptions, THEMES, type Mode, type Theme } from './options.ts';
import { language } from '../ui/language.svelte.ts';
import * as m from '../i18n/paraglide/messages.js';
import { loadScenario } from './scenario.ts';
import { watchHostTheme, type HostTheme } from './host-theme.ts';

const ATTRIBUTES = ['scenario', 'src', 'mode', 'autoplay', 'controls', 'theme', 'height', 'view', 'lang'] as const;
/**
 * `all: initial` stops the host page's inherited text settings (line-height,
 * letter-spacing, text-transform, …) at the element's edge. Sizes inside are
 * in px or in --pop-lab-rem (16px unless the page sets it on pop-lab), never
 * in the host's rem: vite.embed.config.ts rewrites every rem of the
 * component styles and of the theme, so a docs theme's 20px root does not grow the widget.
 */
const HOST_CSS = `:host{all:initial;display:block;contain:content;--pop-lab-rem:16px}:host([hidden]){display:none}.pop-lab-loading{margin:0;padding:16px;font:16px/1.45 system-ui,sans-serif;color:#4a5260}`;

function sheet(css: string): CSSStyleSheet | null {
  try {
    const s = new CSSStyleSheet();
    s.replaceSync(css);
    return s;
  } catch {
    return null;
  }
}

export class PopLabElement extends HTMLElement {
  static readonly observedAttributes: readonly string[] = ATTRIBUTES;
  #root: ShadowRoot;
  #controller: EmbedController | null = null;
  #generation = 0;
  #scheduled = false;
  #hostTheme: HostTheme | null = null;
  #unwatchHost: (() => void) | null = null;

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
    const s = sheet(HOST_CSS + ERROR_CSS + THEME_CSS);
    if (s) this.#root.adoptedStyleSheets = [s];
  }

  connectedCallback(): void {
    // The host page's dark-mode signal, observed live (host-theme.ts).
    this.#unwatchHost ??= watchHostTheme(this.ownerDocument, (theme) => {
      this.#hostTheme = theme;
      this.#controller?.setHostTheme(theme);
    });
    this.#schedule();
  }

  disconnectedCallback(): void {
    this.#unwatchHost?.();
    this.#unwatchHost = null;
    this.#generation++;
    this.#teardown();
  }

  attributeChangedCallback(name: string, _old: string | null, value: string | null): void {
    if (!this.isConnected) return;
    // A new language re-words the running player in place: messages read the
    // language rune each time they render (src/ui/language.svelte.ts).
    if (name === 'lang' && this.#controller && !this.#scheduled) {
      language.set(this.#lang());
      return;
    }
    // A new theme re-colours the running player; the run, its position and
    // playback stay as they are (issue 14 item 2).
    if (name === 'theme' && this.#controller && !this.#scheduled) {
      const theme = (value ?? 'auto').trim().toLowerCase();
      if ((THEMES as readonly string[]).includes(theme)) {
        this.#controller.setTheme(theme as Theme);
        return;
      }
    }
    this.#schedule();
  }

  /** The running player's controller, or null while loading or after an error. */
  get controller(): EmbedController | null {
    return this.#controller;
  }
  play(): void {
    this.#controller?.play();
  }
  pause(): void {
    this.#controller?.pause();
  }
  seek(step: number): void {
    if (typeof step === 'number' && Number.isFinite(step)) this.#controller?.seek(step);
  }
  setMode(mode: Mode): void {
    if (mode === 'delete' || mode === 'keep') this.#controller?.setMode(mode);
  }

  /** The element's language: its own `lang`, else the nearest ancestor's (the host page's). */
  #lang(): string | null {
    return this.closest('[lang]')?.getAttribute('lang') ?? null;
  }

  #schedule(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    queueMicrotask(() => {
      this.#scheduled = false;
      this.#render().catch((e: unknown) => this.#fail([`unexpected error: ${e instanceof Error ? e.message : String(e)}`]));
    });
  }

  #teardown(): void {
    try {
      this.#controller?.destroy();
    } catch {
      // The view is going away either way.
    }
    this.#controller = null;
    this.#root.replaceChildren();
  }

  #emit(name: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true }));
  }

  #fail(errors: readonly string[]): void {
    this.#teardown();
    renderErrors(this.#root, errors, this.ownerDocument);
    this.#emit('pop-lab-error', { errors });
  }

  async #render(): Promise<void> {
    const generation = ++this.#generation;
    this.#teardown();
    const parsed = parseOptions({
      scenario: this.getAttribute('scenario'),
      src: this.getAttribute('src'),
      mode: this.getAttribute('mode'),
      autoplay: this.getAttribute('autoplay'),
      controls: this.getAttribute('controls'),
      theme: this.getAttribute('theme'),
      height: this.getAttribute('height'),
      lang: this.#lang(),
      view: this.getAttribute('view'),
    });
    if (!parsed.ok) return this.#fail(parsed.errors);
    const options = parsed.options;
    language.set(options.lang ?? null);
    if (options.scenario.kind === 'src') {
      // Never an empty box while the file comes (issue 10 item 9).
      const loading = this.ownerDocument.createElement('p');
      loading.className = 'pop-lab-loading';
      loading.setAttribute('role', 'status');
      loading.textContent = m.embed_loading();
      this.#root.append(loading);
    }
    const loaded = await loadScenario(options.scenario, this.ownerDocument.baseURI, (url, init) => fetch(url, { credentials: 'same-origin', signal: init.signal }));
    if (generation !== this.#generation) return; // attributes changed meanwhile
    if (!loaded.ok) return this.#fail(loaded.errors);
    this.#root.replaceChildren();
    try {
      this.#controller = mountEmbed(this.#root, loaded.scenario, options, {
        onstep: (step, last, label) => this.#emit('pop-lab-step', { step, last, label }),
        onfault: (step, fault, device, detail) => this.#emit('pop-lab-fault', { step, fault, device, detail }),
        onoutcome: (o) => this.#emit('pop-lab-outcome', { delivered: o.delivered, duplicated: o.duplicated, lost: o.lost, gap: o.gap }),
        onerror: (errors) => this.#emit('pop-lab-error', { errors }),
      });
      this.#controller.setHostTheme(this.#hostTheme);
    } catch (e) {
      return this.#fail([`the scenario could not be run: ${e instanceof Error ? e.message : String(e)}`]);
    }
    const controller = this.#controller;
    // The run is built in slices after the first frame shows (source.ts): ready means it is there.
    await controller.ready;
    if (generation !== this.#generation || this.#controller !== controller) return;
    this.#emit('pop-lab-ready', { scenario: loaded.scenario.id, title: loaded.scenario.title, mode: controller.mode(), last: controller.player.last });
  }
}

if (typeof customElements !== 'undefined' && !customElements.get('pop-lab')) {
  customElements.define('pop-lab', PopLabElement);
}
