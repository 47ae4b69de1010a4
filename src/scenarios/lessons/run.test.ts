import { describe, expect, it } from 'vitest';
import { lessonLoad } from './run.ts';
import { TWO_POLLS_DELETE } from './common.ts';

describe('lessonLoad: which built-in a lesson scenario is', () => {
  it('an unchanged built-in is that built-in; a changed one names the built-in it was made from, so the app can say its title in the page\'s language', () => {
    const plain = lessonLoad({ scenario: 'first-session' });
    expect(plain.builtinId).toBe('first-session');
    expect(plain.madeFrom).toBeUndefined();

    const patched = lessonLoad(TWO_POLLS_DELETE);
    expect(patched.builtinId).toBeUndefined();
    expect(patched.madeFrom).toBe('first-session');
    expect(patched.scenario.devices[0]?.polls).toHaveLength(2);

    const faulted = lessonLoad({ scenario: 'first-session' }, [{ do: 'fault', kind: 'drop-connection', device: 'Laptop', placement: { atStep: 5 } }]);
    expect(faulted.madeFrom).toBe('first-session');
    expect(faulted.scenario.faults).toHaveLength(1);
  });
});
