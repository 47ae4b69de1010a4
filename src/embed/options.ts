/**
 * Embed options: the `<pop-lab>` attributes and the embed page's URL
 * parameters, checked into one plain object. Pure: no DOM, never throws;
 * every bad value comes back as a readable message the embed shows.
 */
import { isShareHash } from '../scenarios/share-link.ts';
import { RETENTIONS, type Retention } from '../protocol/engine.ts';

/** The embed's `mode`: the lab's Retention (protocol/engine.ts). */
const MODES = RETENTIONS;
export const CONTROLS = ['full', 'minimal', 'none'] as const;
export const THEMES = ['light', 'dark', 'auto'] as const;
/** What the embed shows: the player (stage, controls, outcome), or the fault map of the scenario (issue 13). */
export const VIEWS = ['player', 'faultmap'] as const;

export type Mode = Retention;
export type ControlsKind = (typeof CONTROLS)[number];
export type Theme = (typeof THEMES)[number];
export type EmbedViewKind = (typeof VIEWS)[number];

/** Where the scenario comes from. */
export type ScenarioSpec =
  | { readonly kind: 'builtin-or-link'; readonly value: string }
  | { readonly kind: 'src'; readonly url: string }
  | { readonly kind: 'default' };

import { matchLanguage, type Language } from '../i18n/language.ts';

export interface EmbedOptions {
  readonly scenario: ScenarioSpec;
  /** Forces every device's retention; absent = the scenario's own. */
  readonly mode?: Mode;
  readonly autoplay: boolean;
  readonly controls: ControlsKind;
  readonly theme: Theme;
  /** CSS pixels; absent = as tall as the content. */
  readonly height?: number;
  /**
   * The language the player speaks (`lang="es"`); absent = the browser's.
   * A language POP Lab does not speak is no error: `lang` is also the host
   * page's own accessibility attribute, so it falls back quietly.
   */
  readonly lang?: Language;
  /** 'player' (default) or 'faultmap'. */
  readonly view: EmbedViewKind;
}

export type OptionsResult = { readonly ok: true; readonly options: EmbedOptions } | { readonly ok: false; readonly errors: readonly string[] };

/** Raw values as read from attributes or URL parameters (null = absent). */
export interface RawOptions {
  readonly scenario?: string | null;
  readonly src?: string | null;
  readonly mode?: string | null;
  readonly autoplay?: string | null;
  readonly controls?: string | null;
  readonly theme?: string | null;
  readonly height?: string | null;
  readonly lang?: string | null;
  readonly view?: string | null;
}

const MIN_HEIGHT = 120;
export const MAX_HEIGHT = 4000;

function oneOf<T extends string>(name: string, value: string | null | undefined, allowed: readonly T[], errors: string[]): T | undefined {
  if (value === null || value === undefined) return undefined;
  const v = value.trim().toLowerCase();
  if ((allowed as readonly string[]).includes(v)) return v as T;
  errors.push(`${name}="${clip(value)}" is not allowed; use ${allowed.map((a) => `"${a}"`).join(', ')}`);
  return undefined;
}

function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** A boolean attribute: present (any value but "false") means on. */
function flag(value: string | null | undefined): boolean {
  if (value === null || value === undefined) return false;
  return value.trim().toLowerCase() !== 'false';
}

export function parseOptions(raw: RawOptions): OptionsResult {
  const errors: string[] = [];
  const scenario = raw.scenario?.trim() ?? '';
  const src = raw.src?.trim() ?? '';
  let spec: ScenarioSpec = { kind: 'default' };
  if (scenario !== '' && src !== '') errors.push('give either scenario or src, not both');
  else if (src !== '') spec = { kind: 'src', url: src };
  else if (scenario !== '') spec = { kind: 'builtin-or-link', value: scenario };
  else if (raw.scenario !== null && raw.scenario !== undefined) errors.push('scenario is empty; give a built-in id such as "first-session" or a share-link payload');

  const mode = oneOf('mode', raw.mode, MODES, errors);
  const controls = oneOf('controls', raw.controls, CONTROLS, errors) ?? 'full';
  const theme = oneOf('theme', raw.theme, THEMES, errors) ?? 'auto';
  const view = oneOf('view', raw.view, VIEWS, errors) ?? 'player';

  let height: number | undefined;
  if (raw.height !== null && raw.height !== undefined) {
    const m = /^\s*(\d{1,5})(px)?\s*$/.exec(raw.height);
    const n = m ? Number(m[1]) : NaN;
    if (!m || n < MIN_HEIGHT || n > MAX_HEIGHT) {
      errors.push(`height="${clip(raw.height)}" is not allowed; use a number of CSS pixels from ${MIN_HEIGHT} to ${MAX_HEIGHT}, e.g. "480"`);
    } else height = n;
  }

  if (errors.length > 0) return { ok: false, errors };
  const options: { -readonly [K in keyof EmbedOptions]: EmbedOptions[K] } = { scenario: spec, autoplay: flag(raw.autoplay), controls, theme, view };
  if (mode) options.mode = mode;
  if (height !== undefined) options.height = height;
  const lang = matchLanguage(raw.lang);
  if (lang) options.lang = lang;
  return { ok: true, options };
}

/**
 * Reads options from an embed page URL: query parameters, and the share-link
 * fragment `#s=<payload>` as the scenario (a fragment never reaches servers).
 */
export function rawFromUrl(url: URL): RawOptions {
  const q = url.searchParams;
  const hash = isShareHash(url.hash) ? url.hash : null;
  return {
    scenario: hash ?? q.get('scenario'),
    src: q.get('src'),
    mode: q.get('mode'),
    autoplay: q.get('autoplay'),
    controls: q.get('controls'),
    theme: q.get('theme'),
    height: q.get('height'),
    lang: q.get('lang'),
    view: q.get('view'),
  };
}
