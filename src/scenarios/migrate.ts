/**
 * Scenario format migrations: an older document is rewritten into the
 * current version before it is validated, so files and share links made by
 * earlier POP Labs keep working and keep their outcome.
 *
 * Version 1 -> 2 (the real network faults, issue 9):
 * - 'crash-client' was a half-open crash (memory lost, the server not told
 *   until autologout). Version 2 calls that 'device-power-loss'; its
 *   'crash-client' is an app crash the server notices at once.
 * - 'lose-segment' made one segment vanish and left the connection stalled
 *   until autologout. Real TCP retransmits a lost segment (version 2's
 *   'lose-segment'); the v1 behaviour is a connection that goes silent:
 *   'connection-silent' (its `direction` no longer applies).
 * - 'crash-server' restarted at once: `downtimeTicks: 0`.
 * Everything else is unchanged. Nothing here validates: parseScenario does
 * that after the migration, and reports errors with v2 paths.
 */
export const OLD_VERSIONS = [1] as const;

export function isOldVersion(version: number): boolean {
  return (OLD_VERSIONS as readonly number[]).includes(version);
}

/** A copy of `doc` rewritten to the current version (the input is not changed). */
export function migrateScenario(doc: Record<string, unknown>, version: number): Record<string, unknown> {
  let out: Record<string, unknown> = { ...doc };
  if (version === 1) out = v1ToV2(out);
  return out;
}

function v1ToV2(doc: Record<string, unknown>): Record<string, unknown> {
  const faults = doc['faults'];
  const migrated = Array.isArray(faults) ? faults.map(migrateFaultV1) : faults;
  return { ...doc, version: 2, ...(faults !== undefined ? { faults: migrated } : {}) };
}

function migrateFaultV1(fault: unknown): unknown {
  if (typeof fault !== 'object' || fault === null || Array.isArray(fault)) return fault;
  const f = fault as Record<string, unknown>;
  switch (f['kind']) {
    case 'crash-client':
      return { ...f, kind: 'device-power-loss' };
    case 'lose-segment': {
      const { direction: _direction, ...rest } = f;
      return { ...rest, kind: 'connection-silent' };
    }
    case 'crash-server':
      return { ...f, downtimeTicks: 0 };
    default:
      return f;
  }
}
