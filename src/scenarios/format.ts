/**
 * The scenario format: a small, versioned JSON document that describes one
 * world to simulate (a maildrop, a server personality, client devices, a
 * channel and faults) plus, optionally, the outcome it should produce.
 *
 * Rules of this module:
 * - Validation is valibot only (no `eval`, no `new Function`), so it runs
 *   under a strict Content-Security-Policy. The same schema generates the
 *   committed JSON Schema (public/scenario.schema.json).
 * - Nothing here throws on bad input. `parseScenario` returns either a
 *   normalised scenario (every default filled in) or a list of messages, each
 *   starting with the path of the offending field, e.g.
 *   `devices[0].commitOrder: expected "safe" | "unsafe" | "pipelined", got "fast"`.
 * - Every list and string has an upper bound (see LIMITS) so that a hostile
 *   or oversized scenario is refused with a message before it reaches the
 *   simulator.
 * - The result is plain JSON data: it can be stringified and parsed again
 *   (the share-link codec relies on this).
 *
 * This module is the format's full API and is kept for existing importers. It
 * re-exports two halves: scenario.ts (types, constants, toWorldConfig,
 * renderMessage; no valibot) and parse.ts (the valibot schema and
 * parseScenario). Code on the browser's first load imports scenario.ts only.
 */
export * from './scenario.ts';
export * from './parse.ts';
