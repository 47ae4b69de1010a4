/**
 * Copy-paste snippets for embedding a scenario: the custom element and the
 * iframe (with the resizer script). The Embed dialog, the README, the docs
 * and the example sites all use these exact forms (a unit test compares the
 * README's blocks with this output). Pure; attribute values are HTML-escaped.
 *
 * `base` is where POP Lab's files are, ending in "/": an absolute URL
 * ("https://pop-lab.example/") or a path relative to the page that embeds
 * ("../pop-lab/"), the form documentation sites under a sub-path need.
 */
import type { Mode } from './options.ts';

export interface SnippetInput {
  /** Where POP Lab is served, e.g. "https://pop-lab.example/" or "../pop-lab/". */
  readonly base: string;
  /** A built-in scenario id; ignored when `payload` is given. */
  readonly scenarioId?: string;
  /** A share-link payload (without "#s="), for scenarios that are not built in. */
  readonly payload?: string;
  readonly mode?: Mode;
  readonly title?: string;
  readonly height?: number;
}

/**
 * The iframe's height before the resizer has measured it, or for hosts
 * without a resizer: the whole player, Outcome included, with full controls
 * in a column 640 px or wider (test/browser/embed.spec.ts checks it for every
 * built-in scenario at its tallest step). Narrower columns need the resizer.
 */
export const DEFAULT_IFRAME_HEIGHT = 1360;

function escapeAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function withSlash(base: string): string {
  return base === '' || base.endsWith('/') ? base : `${base}/`;
}

export function elementSnippet(input: SnippetInput): string {
  const base = withSlash(input.base);
  const attrs: string[] = [];
  if (input.payload) attrs.push(`scenario="#s=${escapeAttr(input.payload)}"`);
  else if (input.scenarioId) attrs.push(`scenario="${escapeAttr(input.scenarioId)}"`);
  if (input.mode) attrs.push(`mode="${input.mode}"`);
  attrs.push('controls="full"');
  return [
    `<script type="module" src="${escapeAttr(base)}embed/pop-lab.js"></script>`,
    `<pop-lab ${attrs.join(' ')}>`,
    // Shown until the element is defined, and instead of it if the script cannot load.
    `  <p><a href="${escapeAttr(appUrl(input))}">Open this scenario in POP Lab</a> (the interactive version needs JavaScript).</p>`,
    `</pop-lab>`,
  ].join('\n');
}

/** The full app, on the same scenario: the fallback link. */
function appUrl(input: SnippetInput): string {
  const base = withSlash(input.base);
  return input.payload ? `${base}#s=${input.payload}` : base === '' ? './' : base;
}

export function iframeUrl(input: SnippetInput): string {
  const query = new URLSearchParams();
  if (!input.payload && input.scenarioId) query.set('scenario', input.scenarioId);
  if (input.mode) query.set('mode', input.mode);
  const search = query.toString();
  return `${withSlash(input.base)}embed.html${search ? `?${search}` : ''}${input.payload ? `#s=${input.payload}` : ''}`;
}

/** The resizer line alone (a page with several frames needs it once). */
function resizerSnippet(base: string): string {
  return `<script src="${escapeAttr(withSlash(base))}embed/pop-lab-resizer.js" defer></script>`;
}

export function iframeSnippet(input: SnippetInput): string {
  const title = `POP Lab: ${input.title ?? input.scenarioId ?? 'shared scenario'}`;
  const height = input.height ?? DEFAULT_IFRAME_HEIGHT;
  return [
    resizerSnippet(input.base),
    `<iframe src="${escapeAttr(iframeUrl(input))}" title="${escapeAttr(title)}" style="width:100%;border:0" height="${height}" loading="lazy"></iframe>`,
  ].join('\n');
}
