/**
 * The embed page's postMessage API (pure: no DOM).
 *
 * Events the embed sends to its parent window, all `{ type: 'pop-lab:...' }`:
 *   pop-lab:ready    { scenario, title, mode, last }           once the scenario runs
 *   pop-lab:resize   { height }                                 content height in CSS px
 *   pop-lab:step     { step, last, label }                      the cursor moved
 *   pop-lab:fault    { step, fault, device?, detail }           playback passed a fault
 *   pop-lab:outcome  { delivered, duplicated, lost, gap }       playback reached the end
 *   pop-lab:lessonComplete                                      reserved: embeds show no lesson, so never sent
 *   pop-lab:error    { errors }                                 the scenario or options are bad
 * Commands it accepts from an allowed origin:
 *   { type: 'pop-lab:play' } | { type: 'pop-lab:pause' }
 *   { type: 'pop-lab:seek', step: <integer ≥ 0> }
 *   { type: 'pop-lab:setMode', mode: 'delete' | 'keep' }
 *   { type: 'pop-lab:setTheme', theme: 'light' | 'dark' | 'auto' }   re-colours; the run goes on
 * And from the parent window, whatever its origin (it only picks colours):
 *   { type: 'pop-lab:hostTheme', theme: 'light' | 'dark' | null }   the host page's own
 *     dark-mode signal, sent by pop-lab-resizer.js; used while the theme is "auto"
 * Anything else is ignored without a throw and without console output.
 */
import type { Mode, Theme } from './options.ts';
import type { HostTheme } from './host-theme.ts';

export type EmbedCommand =
  | { readonly type: 'pop-lab:play' }
  | { readonly type: 'pop-lab:pause' }
  | { readonly type: 'pop-lab:seek'; readonly step: number }
  | { readonly type: 'pop-lab:setMode'; readonly mode: Mode }
  | { readonly type: 'pop-lab:setTheme'; readonly theme: Theme };

export type EmbedEvent =
  | { readonly type: 'pop-lab:ready'; readonly scenario: string; readonly title: string; readonly mode: Mode; readonly last: number }
  | { readonly type: 'pop-lab:resize'; readonly height: number }
  | { readonly type: 'pop-lab:step'; readonly step: number; readonly last: number; readonly label: string }
  | { readonly type: 'pop-lab:fault'; readonly step: number; readonly fault: string; readonly device?: string; readonly detail: string }
  | { readonly type: 'pop-lab:outcome'; readonly delivered: number; readonly duplicated: number; readonly lost: number; readonly gap: number }
  | { readonly type: 'pop-lab:lessonComplete' }
  | { readonly type: 'pop-lab:error'; readonly errors: readonly string[] };

const MAX_STEP = 10_000_000;

/** Validates a received message; null for anything that is not exactly a command. */
export function parseCommand(data: unknown): EmbedCommand | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  let type: unknown;
  try {
    type = (data as { type?: unknown }).type;
    switch (type) {
      case 'pop-lab:play':
      case 'pop-lab:pause':
        return { type };
      case 'pop-lab:seek': {
        const step = (data as { step?: unknown }).step;
        if (typeof step !== 'number' || !Number.isInteger(step) || step < 0 || step > MAX_STEP) return null;
        return { type, step };
      }
      case 'pop-lab:setMode': {
        const mode = (data as { mode?: unknown }).mode;
        if (mode !== 'delete' && mode !== 'keep') return null;
        return { type, mode };
      }
      case 'pop-lab:setTheme': {
        const theme = (data as { theme?: unknown }).theme;
        if (theme !== 'light' && theme !== 'dark' && theme !== 'auto') return null;
        return { type, theme };
      }
      default:
        return null;
    }
  } catch {
    // A getter that throws (only possible with same-realm objects) is just a bad message.
    return null;
  }
}

/** The resizer's `pop-lab:hostTheme` message: the theme (null = the host gives no signal), or undefined if it is not one. */
export function parseHostTheme(data: unknown): HostTheme | null | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  try {
    const d = data as { type?: unknown; theme?: unknown };
    if (d.type !== 'pop-lab:hostTheme') return undefined;
    return d.theme === 'light' || d.theme === 'dark' ? d.theme : d.theme === null ? null : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The parent page's origin, when the browser tells it: location.ancestorOrigins
 * (Chromium, Safari), else the referrer's origin (sent by default as
 * strict-origin-when-cross-origin); null when neither is known.
 */
export function parentOriginOf(ancestorOrigins: ArrayLike<string> | undefined, referrer: string): string | null {
  const first = ancestorOrigins && ancestorOrigins.length > 0 ? ancestorOrigins[0] : undefined;
  if (first && first !== 'null') return normaliseOrigin(first);
  if (referrer === '') return null;
  return normaliseOrigin(referrer);
}

/** An origin as the browser writes it: scheme://host[:port], no path. */
function normaliseOrigin(text: string): string | null {
  try {
    const url = new URL(text.trim());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.origin;
  } catch {
    return null;
  }
}

export interface OriginPolicy {
  readonly allowed: readonly string[];
  /** Entries of the `origins` parameter that are not origins (shown to the embedding author). */
  readonly invalid: readonly string[];
}

/**
 * The `origins` URL parameter: a comma- or space-separated list of origins
 * whose commands are obeyed. Absent or empty: only the embed's own origin.
 * "*" is refused on purpose: name the pages that may drive the embed.
 */
export function originPolicy(param: string | null, ownOrigin: string): OriginPolicy {
  const allowed: string[] = [];
  const invalid: string[] = [];
  for (const part of (param ?? '').split(/[\s,]+/)) {
    if (part === '') continue;
    const origin = normaliseOrigin(part);
    if (origin === null || origin === 'null') invalid.push(part);
    else if (!allowed.includes(origin)) allowed.push(origin);
  }
  if (allowed.length === 0) allowed.push(ownOrigin);
  return { allowed, invalid };
}

export function isAllowedOrigin(origin: string, policy: OriginPolicy): boolean {
  return policy.allowed.includes(origin);
}

/** H5P iframe resizer messages (h5p-resizer.js on the parent, h5p.js in the frame). */
export type H5pAction = 'hello' | 'prepareResize' | 'resizePrepared' | 'resize';

export function h5pAction(data: unknown): H5pAction | null {
  if (typeof data !== 'object' || data === null) return null;
  try {
    const d = data as { context?: unknown; action?: unknown };
    if (d.context !== 'h5p') return null;
    return d.action === 'hello' || d.action === 'prepareResize' || d.action === 'resizePrepared' || d.action === 'resize' ? d.action : null;
  } catch {
    return null;
  }
}
