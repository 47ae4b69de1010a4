/**
 * Turns an embed's scenario spec into a validated Scenario: a built-in id, a
 * share-link payload ("#s=..." or bare), or a JSON file fetched from a URL.
 * Never throws; every failure is a message for the learner.
 */
import { parseScenario, type Scenario } from '../scenarios/format.ts';
import { GUARD_LIMITS } from '../scenarios/guard.ts';
import { decodeScenarioInSteps } from '../scenarios/url-codec.ts';
import { inSlices } from '../ui/later.ts';
import { isPrefixedLink } from '../scenarios/share-link.ts';
import { DEFAULT_SCENARIO, DEFAULT_SCENARIO_ID } from '../scenarios/library/default.ts';
import type { ScenarioSpec } from './options.ts';
import type { LoadResult } from './scenario-text.ts';

export type { LoadResult } from './scenario-text.ts';

/** `fetch` or anything with its shape (the tests pass a real fetch to a local server). */
export type Fetcher = (url: string, init: { readonly signal: AbortSignal }) => Promise<Response>;

/**
 * Bounds on a `src=` fetch (issue 10 item 9): the whole download must finish
 * within `timeoutMs`, and the body is read as a stream and refused as soon as
 * it passes the scenario format's own size limit, so a huge or endless answer
 * costs neither memory nor a frozen page.
 */
export interface FetchLimits {
  readonly timeoutMs: number;
  /** Octets of JSON text (UTF-8), the scenario guard's unit (GUARD_LIMITS.jsonOctets). */
  readonly maxOctets: number;
}
const FETCH_LIMITS: FetchLimits = { timeoutMs: 15_000, maxOctets: GUARD_LIMITS.jsonOctets };

type BodyResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly tooLarge: true };

async function readCapped(response: Response, maxOctets: number): Promise<BodyResult> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxOctets) return { ok: false, tooLarge: true };
  if (!response.body) {
    const text = await response.text();
    return new TextEncoder().encode(text).length > maxOctets ? { ok: false, tooLarge: true } : { ok: true, text };
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let octets = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    octets += value.byteLength;
    if (octets > maxOctets) {
      await reader.cancel().catch(() => undefined);
      return { ok: false, tooLarge: true };
    }
    text += decoder.decode(value, { stream: true });
  }
  return { ok: true, text: text + decoder.decode() };
}

/** Fetches and validates a scenario JSON file. `base` resolves relative URLs. */
export async function fetchScenario(url: string, base: string, fetcher: Fetcher, limits: FetchLimits = FETCH_LIMITS): Promise<LoadResult> {
  let absolute: URL;
  try {
    absolute = new URL(url, base);
  } catch {
    return { ok: false, errors: [`src="${clip(url)}" is not a valid URL`] };
  }
  if (absolute.protocol !== 'https:' && absolute.protocol !== 'http:') {
    return { ok: false, errors: [`src="${clip(url)}": only http and https URLs can be loaded`] };
  }
  const where = clip(absolute.href, 120);
  const abort = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    abort.abort();
  }, limits.timeoutMs);
  try {
    const response = await fetcher(absolute.href, { signal: abort.signal });
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      return { ok: false, errors: [`could not load the scenario from ${where}: HTTP ${response.status}`] };
    }
    const body = await readCapped(response, limits.maxOctets);
    if (!body.ok) {
      abort.abort();
      return { ok: false, errors: [`could not load the scenario from ${where}: the file is larger than the limit of ${limits.maxOctets.toLocaleString('en')} octets`] };
    }
    const parsed = parseScenario(body.text);
    return parsed.ok ? parsed : { ok: false, errors: parsed.errors.map((e) => `${where}: ${e}`) };
  } catch {
    if (timedOut) {
      return { ok: false, errors: [`could not load the scenario from ${where}: no complete answer within ${limits.timeoutMs >= 1000 ? `${Math.round(limits.timeoutMs / 1000)} s` : `${limits.timeoutMs} ms`}`] };
    }
    return {
      ok: false,
      errors: [`could not load the scenario from ${where}: network error (is the URL right, and does its server allow cross-origin requests?)`],
    };
  } finally {
    clearTimeout(timer);
  }
}

function clip(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

export async function loadScenario(spec: ScenarioSpec, base: string, fetcher: Fetcher, limits: FetchLimits = FETCH_LIMITS): Promise<LoadResult> {
  switch (spec.kind) {
    // The default scenario and links need no library: the built-in library
    // (every scenario validated when it loads) is imported only for another
    // built-in id, so embed.html's start-up does not pay for it (issue 12).
    case 'default':
      return { ok: true, scenario: DEFAULT_SCENARIO };
    case 'builtin-or-link': {
      const text = spec.value.trim();
      if (text === DEFAULT_SCENARIO_ID) return { ok: true, scenario: DEFAULT_SCENARIO };
      if (isPrefixedLink(text)) {
        // A few milliseconds at a time: a large link was one long task (issue 12).
        const decoded = await inSlices(decodeScenarioInSteps(text));
        return decoded.ok ? decoded : { ok: false, errors: decoded.errors };
      }
      return (await import('./scenario-text.ts')).resolveScenarioText(text);
    }
    case 'src':
      return fetchScenario(spec.url, base, fetcher, limits);
  }
}
