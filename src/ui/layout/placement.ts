/**
 * A fault's placement in words, e.g. "when DELE is replied (time 3)". Only the
 * lazily loaded faults lines use it, so it is not in ui/run.ts (first load).
 */
import type { FaultPlacement } from '../../sim/types.ts';
import { layoutStrings as ls } from './strings.ts';

export function placementText(p: FaultPlacement): string {
  if ('atStep' in p) return ls.placement.atStep(p.atStep);
  if ('atTick' in p) return ls.placement.atTick(p.atTick);
  if ('atOctet' in p) return ls.placement.atOctet(p.atOctet, ls.placement.side(p.direction), p.during);
  if ('onCommand' in p) return ls.placement.onCommand(p.onCommand, p.when, p.occurrence);
  return ls.placement.probability(p.probability.numerator, p.probability.denominator);
}
