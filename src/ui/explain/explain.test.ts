// What learners read next to each step: every built-in scenario, in both
// retention modes, explained event by event. A placeholder left unfilled
// ("{dir}") or the internal direction names (c2s/s2c) are defects a learner
// would see, so every sentence is checked, not a sample.
import { describe, expect, it } from 'vitest';
import { simulate } from '../../sim/index.ts';
import { toWorldConfig } from '../../scenarios/format.ts';
import { builtinScenarios } from '../../scenarios/library/index.ts';
import { explainStep, narrate } from './explain.ts';
import { ALL_ENGINES } from '../../sim/engines-all.ts';

describe('explanations of every step of the built-in scenarios', () => {
  for (const mode of ['delete', 'keep'] as const) {
    it(`fill every placeholder and never say c2s/s2c (${mode} mode)`, () => {
      let checked = 0;
      for (const scenario of builtinScenarios()) {
        for (const ev of simulate(toWorldConfig(scenario, { mode }), { engines: ALL_ENGINES }).trace) {
          const { what, detail } = explainStep(ev);
          for (const text of [what, detail ?? '', narrate(ev)]) {
            expect(text, `${scenario.id} step ${ev.step} (${ev.explain})`).not.toMatch(/\{\w+\}/);
            expect(text, `${scenario.id} step ${ev.step} (${ev.explain})`).not.toMatch(/\b(c2s|s2c)\b/);
          }
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(1000);
    });
  }
});
