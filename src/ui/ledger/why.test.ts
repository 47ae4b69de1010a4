import { describe, expect, it } from 'vitest';
import { simulate } from '../../sim/index.ts';
import { toWorldConfig } from '../../scenarios/scenario.ts';
import { loadLibrary } from '../../scenarios/library/default.ts';
import type { Scenario } from '../../scenarios/scenario.ts';
import { whyDuplicated } from './why.ts';
import { ALL_ENGINES } from '../../sim/engines-all.ts';

const library = await loadLibrary();
const byId = (id: string): Scenario => {
  const s = library.find((x) => x.id === id);
  if (!s) throw new Error(`no scenario ${id}`);
  return s;
};

/** The why-line of the first duplicated message of a built-in scenario. */
function firstWhy(id: string) {
  const run = simulate(toWorldConfig(byId(id)), { engines: ALL_ENGINES });
  const dup = run.outcome().messages.find((m) => m.verdict === 'duplicated');
  expect(dup, `${id} has a duplicate`).toBeDefined();
  return { why: whyDuplicated(run.trace, dup!.uid, dup!.decisiveStep!, run.config), run };
}

describe('why a message came twice, read from the trace', () => {
  it('RFC 1939 §6: a session cut before QUIT: its DELE marks were undone, with the step that undid them', () => {
    const { why, run } = firstWhy('f3-drop-before-quit');
    expect(why?.text).toMatch(/retrieved it again in session 2: session 1 ended without QUIT \(.+\), so its DELE marks were undone \(RFC 1939 §6\)/);
    const undone = run.trace[why!.step!]!;
    expect(undone).toMatchObject({ kind: 'unmarked', explain: 'unmarked.session-ended', session: 1 });
  });

  it('RFC 1939 §6: QUIT sent but the server did not remove the marked message (update fails)', () => {
    const { why } = firstWhy('f6-update-partly-fails');
    expect(why?.text).toMatch(/marked it with DELE and sent QUIT, but the server did not remove it \(the server refused QUIT: -ERR/);
  });

  it('a delete-on-download session cut before DELE left the message on the server', () => {
    expect(firstWhy('f2-drop-before-dele').why?.text).toMatch(/session 1 ended \(.+\) before asking the server to delete it/);
  });

  it('RFC 1939 §7: a keep-on-server client without UIDL, and a server that refuses UIDL, cannot tell old mail from new', () => {
    expect(firstWhy('f15-client-without-uidl').why?.text).toMatch(/does not ask for unique-ids \(UIDL, RFC 1939 §7\)/);
    expect(firstWhy('f15-no-uidl-server-keep').why?.text).toMatch(/the server refused UIDL/);
  });

  it('RFC 1939 §7: a unique-id that changed between sessions makes old mail look new', () => {
    expect(firstWhy('f16-uids-reassigned').why?.text).toMatch(/remembered it by its unique-id \S+, but the server listed it under another unique-id/);
  });

  it('RFC 937 / RFC 918: POP2 and POP1 runs say why in their own words, never naming RFC 1939', () => {
    const pop2 = firstWhy('pop2-drop-after-ackd').why!.text;
    expect(pop2).toMatch(/its ACKD marks were undone/);
    const pop1 = firstWhy('pop1-rcvd-refused').why!.text;
    expect(pop1).toMatch(/marked it with RDEL, but RCVD undid the mark \(the server answered "-ERR/);
    expect(firstWhy('pop2-keep-acks').why!.text).toMatch(/POP2 has no unique-ids/);
    for (const text of [pop2, pop1, firstWhy('pop1-drop-before-rcvd').why!.text]) expect(text).not.toMatch(/RFC 1939|UPDATE/);
  });

  it('every duplicate in the library gets a reason, and a step that is not a second copy gets none', () => {
    for (const sc of library) {
      let run;
      try {
        run = simulate(toWorldConfig(sc), { engines: ALL_ENGINES });
      } catch {
        continue; // scenarios the World refuses are covered by the library tests
      }
      for (const m of run.outcome().messages) {
        if (m.verdict !== 'duplicated') continue;
        const why = whyDuplicated(run.trace, m.uid, m.decisiveStep!, run.config);
        expect(why?.text, `${sc.id} ${m.uid}`).toMatch(/retrieved it (again|twice)/);
      }
    }
    const { run } = firstWhy('f3-drop-before-quit');
    expect(whyDuplicated(run.trace, run.outcome().messages[0]!.uid, 0, run.config)).toBeNull();
  });
});
