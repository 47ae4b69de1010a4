/**
 * The MD5 digests POP3 authentication needs (APOP, RFC 1939 §7; CRAM-MD5,
 * RFC 2195 §2), behind a tiny registry so the browser app can load the hash
 * code (@noble/hashes) lazily while the engines stay synchronous.
 *
 * - Node code, tests, the CLI, the terminal, the embed and the lessons import
 *   ./digests-static.ts (src/sim/engines-all.ts does), which registers them
 *   at once.
 * - The browser app calls `await loadDigests()` before a run whose devices
 *   use auth 'apop' or 'cram-md5' (src/ui/wiring.ts prepare()).
 *
 * Asking for a digest before either is a caller bug: DigestsNotLoadedError.
 */

export interface Digests {
  /** MD5 of `data`, as 32 lowercase hex digits. */
  readonly md5Hex: (data: Uint8Array) => string;
  /** HMAC-MD5 (RFC 2104) of `data` keyed by `key`, as 32 lowercase hex digits. */
  readonly hmacMd5Hex: (key: Uint8Array, data: Uint8Array) => string;
}

/** A digest was needed before registerDigests()/loadDigests(): a bug in the caller, not a protocol outcome. */
export class DigestsNotLoadedError extends Error {
  constructor(what: string) {
    super(
      `${what} needs the MD5 digests, which are not loaded: call \`await loadDigests()\` (src/protocol/digests.ts) before running a world whose devices use APOP or CRAM-MD5, or import './digests-static.ts' in Node code`,
    );
    this.name = 'DigestsNotLoadedError';
  }
}

let registered: Digests | null = null;
let loading: Promise<void> | null = null;

export function registerDigests(digests: Digests): void {
  registered = digests;
}

export function digestsLoaded(): boolean {
  return registered !== null;
}

/** Loads @noble/hashes (a separate chunk in the browser) and registers the digests. Idempotent. */
export function loadDigests(): Promise<void> {
  if (registered) return Promise.resolve();
  loading ??= import('./digests-noble.ts').then(
    (m) => registerDigests(m.NOBLE_DIGESTS),
    (error: unknown) => {
      loading = null; // let a later call retry (e.g. after a network error)
      throw error;
    },
  );
  return loading;
}

/** The registered digests; throws DigestsNotLoadedError, naming `what` needed them, when none are. */
export function digests(what: string): Digests {
  if (!registered) throw new DigestsNotLoadedError(what);
  return registered;
}
