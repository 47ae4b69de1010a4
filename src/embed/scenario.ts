/**
 * Turns an embed's scenario spec into a validated Scenario: a built-in id, a
 * share-link payload ("#s=..." or bare), or a JSON file fetched from a URL.
 * Never throws; every failure is a message for the learner.
 */
import { parseScenario, type Scenario } from '../scenarios/format.ts';
import { decodeScenario, LINK_PARAM } from '../scenarios/url-codec.ts';
import { BUILTIN_SCENARIOS, DEFAULT_SCENARIO_ID, builtinScenario } from '../scenarios/library/index.ts';
import type { ScenarioSpec } from './options.ts';

export type LoadResult = { readonly ok: true; readonly scenario: Scenario } | { readonly ok: false; readonly errors: readonly string[] };

/** Shortest bare payload taken for a link rather than a mistyped id. */
const MIN_BARE_PAYLOAD = 24;

export function resolveScenarioText(value: string): LoadResult {
  const text = value.trim();
  const builtin = builtinScenario(text);
  if (builtin) return { ok: true, scenario: builtin };
  const prefixed = text.startsWith(`#${LINK_PARAM}=`) || text.startsWith(`${LINK_PARAM}=`);
  if (prefixed || (text.length >= MIN_BARE_PAYLOAD && /^[A-Za-z0-9_-]+$/.test(text))) {
    const decoded = decodeScenario(text);
    return decoded.ok ? decoded : { ok: false, errors: decoded.errors };
  }
  const ids = BUILTIN_SCENARIOS.slice(0, 6).map((s) => `"${s.id}"`).join(', ');
  return {
    ok: false,
    errors: [`scenario="${text.length > 60 ? `${text.slice(0, 60)}…` : text}" is neither a built-in scenario id (e.g. ${ids}) nor a share-link payload ("#s=...")`],
  };
}

export type Fetcher = (url: string) => Promise<{ readonly ok: boolean; readonly status: number; text(): Promise<string> }>;

/** Fetches and validates a scenario JSON file. `base` resolves relative URLs. */
export async function fetchScenario(url: string, base: string, fetcher: Fetcher): Promise<LoadResult> {
  let absolute: URL;
  try {
    absolute = new URL(url, base);
  } catch {
    return { ok: false, errors: [`src="${url}" is not a valid URL`] };
  }
  if (absolute.protocol !== 'https:' && absolute.protocol !== 'http:') {
    return { ok: false, errors: [`src="${url}": only http and https URLs can be loaded`] };
  }
  try {
    const response = await fetcher(absolute.href);
    if (!response.ok) return { ok: false, errors: [`could not load the scenario from ${absolute.href}: HTTP ${response.status}`] };
    const text = await response.text();
    const parsed = parseScenario(text);
    return parsed.ok ? parsed : { ok: false, errors: parsed.errors.map((e) => `${absolute.href}: ${e}`) };
  } catch {
    return {
      ok: false,
      errors: [`could not load the scenario from ${absolute.href}: network error (is the URL right, and does its server allow cross-origin requests?)`],
    };
  }
}

export async function loadScenario(spec: ScenarioSpec, base: string, fetcher: Fetcher): Promise<LoadResult> {
  switch (spec.kind) {
    case 'default':
      return resolveScenarioText(DEFAULT_SCENARIO_ID);
    case 'builtin-or-link':
      return resolveScenarioText(spec.value);
    case 'src':
      return fetchScenario(spec.url, base, fetcher);
  }
}
