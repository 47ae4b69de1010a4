import { describe, expect, it } from 'vitest';
import '../../sim/engines-all.ts';
import { computeFaultMap, mapConfigs, scenarioSettings } from '../../scenarios/fault-map/compute.ts';
import { ALL_ENGINES } from '../../sim/engines-all.ts';
import { DEFAULT_SCENARIO } from '../../scenarios/library/default.ts';
import { faultMapSvg } from './svg.ts';

describe('fault map SVG export (issue 13)', () => {
  it('draws every cell of both modes with its symbol, the summaries and the key, and escapes the title', () => {
    const map = computeFaultMap(mapConfigs(DEFAULT_SCENARIO, scenarioSettings(DEFAULT_SCENARIO)), ALL_ENGINES);
    const svg = faultMapSvg(map, 'Alice & <Bob>');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('Fault map: Alice &amp; &lt;Bob&gt;');
    const cells = map.modes.reduce((n, m) => n + m.cells.length, 0);
    expect(svg.match(/<g class="cell /g)).toHaveLength(cells);
    expect(svg).toContain('No loss at any of the 34 steps; duplicates possible at 11.');
    expect(svg).toContain('Leave on server');
    expect(svg).toMatch(/⊕1<\/text>/);
    expect(svg).toContain('Key: ✓ no harm');
  });
});
