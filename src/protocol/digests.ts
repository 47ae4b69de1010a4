/**
 * The MD5 digests POP3 authentication needs (APOP, RFC 1939 §7; CRAM-MD5,
 * RFC 2195 §2), passed in by whoever runs the engines: the server in
 * ServerOptions.digests, the client in ClientContext.digests (engine.ts).
 * ./digests-noble.ts computes them with @noble/hashes; the browser app loads
 * that module lazily, so a world without APOP or CRAM-MD5 devices can run
 * without it.
 *
 * Needing a digest that was not passed in is a caller bug, never a protocol
 * outcome: DigestsNotLoadedError names the fix.
 */

export interface Digests {
  /** MD5 of `data`, as 32 lowercase hex digits. */
  readonly md5Hex: (data: Uint8Array) => string;
  /** HMAC-MD5 (RFC 2104) of `data` keyed by `key`, as 32 lowercase hex digits. */
  readonly hmacMd5Hex: (key: Uint8Array, data: Uint8Array) => string;
}

/** A digest was needed but none were passed in: a bug in the caller, not a protocol outcome. */
export class DigestsNotLoadedError extends Error {
  constructor(what: string) {
    super(
      `${what} needs the MD5 digests, which were not passed in: give the engines \`digests\` (NOBLE_DIGESTS from src/protocol/digests-noble.ts; src/sim/engines-all.ts ALL_ENGINES has them) before running a world whose devices use APOP or CRAM-MD5`,
    );
    this.name = 'DigestsNotLoadedError';
  }
}

/** `digests`, or DigestsNotLoadedError naming `what` needed them. */
export function requireDigests(digests: Digests | undefined, what: string): Digests {
  if (!digests) throw new DigestsNotLoadedError(what);
  return digests;
}
