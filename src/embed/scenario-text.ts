/**
 * A built-in scenario id or a share-link payload ("#s=..." or bare), as an
 * embed's scenario attribute or parameter gives it, to a validated Scenario.
 * Imports the whole built-in library: scenario.ts loads this module only when
 * an id other than the default one is asked for.
 */
import type { Scenario } from '../scenarios/format.ts';
import { decodeScenario } from '../scenarios/url-codec.ts';
import { isPrefixedLink } from '../scenarios/share-link.ts';
import { BUILTIN_IDS, builtinScenario } from '../scenarios/library/index.ts';
import { BUILTIN_TEXT } from '../i18n/library-text.ts';
import { knowBuiltinWords } from './title.ts';

export type LoadResult = { readonly ok: true; readonly scenario: Scenario } | { readonly ok: false; readonly errors: readonly string[] };

/** Shortest bare payload taken for a link rather than a mistyped id. */
const MIN_BARE_PAYLOAD = 24;

export function resolveScenarioText(value: string): LoadResult {
  const text = value.trim();
  const builtin = builtinScenario(text);
  if (builtin) {
    // Its heading in the page's language (title.ts).
    knowBuiltinWords(builtin, BUILTIN_TEXT[builtin.id]);
    return { ok: true, scenario: builtin };
  }
  const prefixed = isPrefixedLink(text);
  if (prefixed || (text.length >= MIN_BARE_PAYLOAD && /^[A-Za-z0-9_-]+$/.test(text))) {
    const decoded = decodeScenario(text);
    return decoded.ok ? decoded : { ok: false, errors: decoded.errors };
  }
  const ids = BUILTIN_IDS.slice(0, 6).map((id) => `"${id}"`).join(', ');
  return {
    ok: false,
    errors: [`scenario="${text.length > 60 ? `${text.slice(0, 60)}…` : text}" is neither a built-in scenario id (e.g. ${ids}) nor a share-link payload ("#s=...")`],
  };
}

