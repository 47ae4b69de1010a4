import { describe, expect, it } from 'vitest';
import * as lean from './lean.ts';
import * as full from './index.ts';

describe('sim entries', () => {
  it('index.ts exports everything lean.ts does, and registers POP1/POP2 statically', () => {
    expect(Object.keys(full).sort()).toEqual(Object.keys(lean).sort());
    // Importing index.ts registered the engines: no await needed in Node code.
    expect(full.enginesLoaded('pop1') && full.enginesLoaded('pop2') && full.enginesLoaded('pop3')).toBe(true);
    expect(lean.enginesFor('pop2')).toBe(full.enginesFor('pop2'));
  });
});
