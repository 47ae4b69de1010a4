/**
 * How the Outcome reads the ledger's custody view at a cursor. Kept apart
 * from ledger.ts so the first screen can count without loading the ledger.
 */
import type { CustodyView, Verdict } from './types.ts';

/**
 * A message's verdict at a cursor, as the Outcome counts it "so far": a
 * message no device has received yet is pending even when nothing is wrong
 * with it (the ledger says "delivered" for a message no device lacks, which
 * with only a hand-typed terminal session is every message).
 */
export function verdictSoFar(m: CustodyView): Verdict {
  if (m.verdict !== 'delivered') return m.verdict;
  const received = (m.deletedBy?.length ?? 0) > 0 || Object.values(m.copiesByDevice).some((n) => n > 0);
  return received ? 'delivered' : 'pending';
}
