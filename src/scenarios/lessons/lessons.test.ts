import { describe, expect, it } from 'vitest';
import {
  lessons,
  lessonIds,
  checkGoal,
  gradeCheckpoint,
  lessonLoad,
  runActions,
  runClaimDemo,
  runLessonSolution,
  triggerStep,
  type SolutionAction,
} from './index.ts';
import { SCENARIO_VERSION } from '../scenario.ts';

/** A plausible wrong attempt per lesson: each must miss the goal, so no goal is trivially true. */
const WRONG_ATTEMPTS: Readonly<Record<string, readonly SolutionAction[]>> = {
  // Marked but never QUIT: no UPDATE (RFC 1939 §6).
  'first-session-by-hand': ['USER alice', 'PASS tanstaaf', 'STAT', 'LIST', 'RETR 1', 'DELE 1'].map((line) => ({ do: 'type', line })),
  // A drop before the laptop's QUIT leaves the mail for the phone too, but it is a fault, not a setting.
  'second-device-gap': [{ do: 'fault', kind: 'drop-connection', placement: { onCommand: 'QUIT', when: 'sent' } }],
  // Dropped mid-transfer, before any DELE: nothing is duplicated (F1).
  'drop-before-quit': [{ do: 'fault', kind: 'drop-connection', placement: { atOctet: 40, direction: 's2c', during: 'RETR' } }],
  // Cutting the connection as QUIT is sent (F4): the server never reads it, no UPDATE in session 1.
  'lost-quit-reply': [{ do: 'fault', kind: 'drop-connection', placement: { onCommand: 'QUIT', when: 'sent' } }],
  // A crash before QUIT on a conformant server loses nothing.
  'crash-before-durable': [{ do: 'fault', kind: 'crash-client', placement: { onCommand: 'DELE', when: 'replied', occurrence: 3 } }],
  'leave-on-server': [{ do: 'patch', patch: { personality: 'download-once' } }, { do: 'set-mode', mode: 'keep' }],
  'client-without-uidl': [{ do: 'patch', patch: { personality: 'no-uidl' } }],
  'history-pop1-pop2': [{ do: 'patch', patch: { protocol: 'pop3' } }],
  // AUTH PLAIN keeps "tanstaaf" out of the octets as typed, but base64 is no secret (RFC 4616).
  'eavesdropper': [{ do: 'patch', patch: { devices: [{ name: 'Laptop', auth: 'sasl-plain' }] } }],
  'myths-vs-facts': [{ do: 'patch', patch: { protocol: 'pop2' } }, { do: 'set-mode', mode: 'keep' }],
  // A shorter limit than Thunderbird's default makes the gap come sooner, not go away.
  // APOP keeps the password off the wire, but it is not a SASL mechanism (no AUTH).
  'auth-on-the-wire': [{ do: 'patch', patch: { devices: [{ name: 'Laptop', retention: 'delete', auth: 'apop' }] } }],
  // Leave on server against a download-once server (EXPIRE 0, RFC 2449 §6.7): the phone still misses the mail.
  'pop-vs-imap': [{ do: 'patch', patch: { personality: 'download-once' } }, { do: 'set-mode', mode: 'keep' }],
  // Everyone leaves mail on the server: the phone's stale DELE 1 now removes a message the laptop has (no loss), but it still deletes by number.
  'new-mail-numbers': [{ do: 'set-mode', mode: 'keep' }],
  // The crash in the zone the map marked, without changing the commit order: the hurried laptop loses the mail (F7).
  'fault-map': [{ do: 'fault', kind: 'crash-client', placement: { onCommand: 'QUIT', when: 'replied' } }],
  'client-defaults': lessons().find((l) => l.id === 'client-defaults')?.variants?.find((v) => v.id === 'keep-7')?.actions ?? [],
};

describe('lessons: every solution reaches its goal headlessly', () => {
  it('there are at least ten lessons with unique ids', () => {
    expect(lessons().length).toBeGreaterThanOrEqual(10);
    expect(new Set(lessonIds()).size).toBe(lessons().length);
  });

  for (const lesson of lessons()) {
    describe(lesson.id, () => {
      it('the solution reaches the goal', () => {
        const result = runLessonSolution(lesson);
        expect(result.failures).toEqual([]);
        expect(result.reached).toBe(true);
      });

      it('the untouched start state does not reach the goal', () => {
        const result = checkGoal(lesson.goal, runActions(lesson.start, []));
        expect(result.met).toBe(false);
        expect(result.unmet.length).toBeGreaterThan(0);
      });

      it('a plausible wrong attempt does not reach the goal', () => {
        const wrong = WRONG_ATTEMPTS[lesson.id];
        expect(wrong, 'every lesson has a wrong attempt in this test').toBeDefined();
        expect(checkGoal(lesson.goal, runActions(lesson.start, wrong ?? [])).met).toBe(false);
      });

      it('has steps, hints, a solution text and at least two checkpoints (review C2)', () => {
        expect(lesson.steps.length).toBeGreaterThan(0);
        expect(lesson.hints.length).toBeGreaterThan(0);
        expect(lesson.solution.text.length).toBeGreaterThan(0);
        expect(lesson.checkpoints.length).toBeGreaterThanOrEqual(2);
      });

      it('each checkpoint has exactly one correct choice, cites an RFC, and its trigger occurs where the learner meets it (the start run or the solution run)', () => {
        const start = runActions(lesson.start, []);
        const run = runActions(lesson.start, lesson.solution.actions);
        for (const cp of lesson.checkpoints) {
          const ids = cp.choices.map((c) => c.id);
          expect(new Set(ids).size, cp.id).toBe(ids.length);
          expect(ids.filter((id) => id === cp.answer), cp.id).toHaveLength(1);
          expect(cp.choices.length).toBeGreaterThanOrEqual(2);
          expect(cp.rfc).toMatch(/^RFC \d+/);
          const step = triggerStep(cp.trigger, run.trace) ?? triggerStep(cp.trigger, start.trace);
          expect(step, `${cp.id} trigger`).toBeDefined();
          const correct = cp.choices.filter((c) => {
            const grade = gradeCheckpoint(cp, c.id);
            return 'correct' in grade && grade.correct;
          });
          expect(correct.map((c) => c.id)).toEqual([cp.answer]);
        }
      });

      it('every variant loads as a valid scenario and runs', () => {
        for (const v of lesson.variants ?? []) {
          expect(lessonLoad(lesson.start, v.actions).scenario.version, v.id).toBeGreaterThanOrEqual(1);
          expect(runActions(lesson.start, v.actions).trace.length, v.id).toBeGreaterThan(0);
        }
      });

      it('the start state loads as a valid scenario', () => {
        const load = lessonLoad(lesson.start);
        expect(load.scenario.version).toBe(SCENARIO_VERSION);
        expect(load.lines).toEqual([]);
      });
    });
  }
});

describe('lesson 10: the claims of the POP-versus-POP3 table (reference §9)', () => {
  const myths = lessons().find((l) => l.id === 'myths-vs-facts');
  it('covers ports, keeping mail, statelessness and persistent connections', () => {
    expect(myths?.claims?.map((c) => c.id)).toEqual(expect.arrayContaining(['ports', 'keeps-mail', 'stateless', 'persistent']));
  });
  for (const claim of myths?.claims ?? []) {
    it(`claim "${claim.id}": its demonstration runs and shows the fact (or says why it cannot)`, () => {
      const result = runClaimDemo(claim);
      if (claim.demo === null) {
        expect(result.ran).toBe(false);
        expect(claim.whyNoDemo).toBeTruthy();
      } else {
        expect(result.failures).toEqual([]);
        expect(result.reached).toBe(true);
      }
    });
  }
});

describe('gradeCheckpoint', () => {
  const cp = lessons()[2]!.checkpoints[0]!;
  it('RFC 1939 §6: the right answer to "drop before QUIT" is that the message stays, unmarked', () => {
    expect(gradeCheckpoint(cp, 'kept')).toMatchObject({ correct: true, rfc: 'RFC 1939 §6' });
    expect(gradeCheckpoint(cp, 'removed')).toMatchObject({ correct: false, answer: 'kept' });
  });
  it('an unknown choice is an error value, not an exception', () => {
    expect(gradeCheckpoint(cp, 'nope')).toEqual({ error: '"nope" is not one of the choices' });
  });
});

describe('checkGoal: unmet predicates explain themselves', () => {
  it('RFC 1939 §6: without a drop, lesson 3 tells the learner what to do, in words; the technical detail is kept apart', () => {
    const lesson = lessons().find((l) => l.id === 'drop-before-quit')!;
    const result = checkGoal(lesson.goal, runActions(lesson.start, []));
    expect(result.unmet).toEqual([
      'Pause just before the laptop sends QUIT and press "Drop connection".',
      'The drop must come after the DELE commands: wait for "+OK message 3 deleted", then drop before QUIT leaves.',
      'Play to the end, through the laptop\'s second poll.',
    ]);
    expect(result.detail).toEqual(['no trace event: fault', 'no trace event: unmarked', 'Duplicated should be at least 1, but it is 0']);
  });

  /** Internal words a learner must never be shown as feedback (review C5). */
  const INTERNAL = [/trace event/i, /\bc2s\b|\bs2c\b/, /\/[^ ]*\//, /server-state|session-start|uid-memory|segment-lost/, /\bmatching\b/, /\(\w+ \w+(, \w+ \w+)*\)$/];
  const goals = lessons().flatMap((l) => [
    { id: l.id, goal: l.goal },
    ...(l.claims ?? []).flatMap((c) => (c.demo ? [{ id: `${l.id}/${c.id}`, goal: c.demo.goal }] : [])),
  ]);
  for (const { id, goal } of goals) {
    it(`${id}: every goal sentence is in the learner's words, never an event name or a pattern`, () => {
      for (const p of goal.all) {
        expect(p.say.length, id).toBeGreaterThan(10);
        for (const bad of INTERNAL) expect(p.say, `${id}: ${p.say}`).not.toMatch(bad);
      }
    });
  }
});

describe('lesson 1: the predictions come before the goal is reached (review 16)', () => {
  it('RFC 1939 §6: both checkpoints are asked after DELE 1, while the goal still needs QUIT', () => {
    const lesson = lessons().find((l) => l.id === 'first-session-by-hand')!;
    const beforeQuit = lesson.solution.actions.filter((a) => !(a.do === 'type' && a.line === 'QUIT'));
    const run = runActions(lesson.start, beforeQuit);
    expect(checkGoal(lesson.goal, run).met).toBe(false);
    for (const cp of lesson.checkpoints) expect(triggerStep(cp.trigger, run.trace), cp.id).toBeDefined();
  });
});

describe('client defaults: "delete from the server when I delete it here" (reference §7.2)', () => {
  const lesson = lessons().find((l) => l.id === 'client-defaults')!;
  const variant = lesson.variants!.find((v) => v.id === 'deleted-here')!;

  it('keeping mail forever does not help if the user deletes message 2 on the laptop: the laptop DELEs it on day 15, the phone misses exactly that one', () => {
    const run = runActions(lesson.start, variant.actions);
    const result = checkGoal(lesson.goal, run);
    expect(result.met).toBe(false);
    expect(result.unmet[0]).toMatch(/The phone still misses mail/);
    const gap = run.outcome.messages.filter((m) => m.verdict === 'gap');
    expect(gap).toHaveLength(1);
    expect(gap[0]!.deletedBy).toEqual(['Laptop']);
    expect(run.trace.some((e) => e.kind === 'send' && e.label === 'DELE 2' && e.device === 'Laptop')).toBe(true);
  });
});
