/**
 * Copy-paste snippets for embedding the current scenario: the custom element
 * and the iframe. Pure; attribute values are HTML-escaped.
 */
import type { Mode } from './options.ts';

export interface SnippetInput {
  /** Where POP Lab is served, ending in "/", e.g. "https://pop-lab.example/". */
  readonly base: string;
  /** A built-in scenario id, or a share-link payload (without "#s="). */
  readonly scenarioId?: string;
  readonly payload?: string;
  readonly mode?: Mode;
  readonly title?: string;
  readonly height?: number;
}

export const DEFAULT_IFRAME_HEIGHT = 640;

export function escapeAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function withSlash(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}

export function elementSnippet(input: SnippetInput): string {
  const base = withSlash(input.base);
  const attrs: string[] = [];
  if (input.payload) attrs.push(`scenario="#s=${escapeAttr(input.payload)}"`);
  else if (input.scenarioId) attrs.push(`scenario="${escapeAttr(input.scenarioId)}"`);
  if (input.mode) attrs.push(`mode="${input.mode}"`);
  attrs.push('controls="full"');
  return `<script type="module" src="${escapeAttr(base)}embed/pop-lab.js"></script>\n<pop-lab ${attrs.join(' ')}></pop-lab>`;
}

export function iframeUrl(input: SnippetInput): string {
  const url = new URL('embed.html', withSlash(input.base));
  if (!input.payload && input.scenarioId) url.searchParams.set('scenario', input.scenarioId);
  if (input.mode) url.searchParams.set('mode', input.mode);
  if (input.payload) url.hash = `s=${input.payload}`;
  return url.href;
}

export function iframeSnippet(input: SnippetInput): string {
  const title = `POP Lab: ${input.title ?? input.scenarioId ?? 'shared scenario'}`;
  const height = input.height ?? DEFAULT_IFRAME_HEIGHT;
  return `<iframe src="${escapeAttr(iframeUrl(input))}" title="${escapeAttr(title)}" width="100%" height="${height}" loading="lazy"></iframe>`;
}
