/**
 * Opening a share link ("#s=…&step=N&panel=P…", src/scenarios/share-link.ts):
 * its scenario at its step, with the tab, the Detail, the "Predict first"
 * switch, the view and the language it was made with. App imports this only
 * when the page's fragment is such a link, so the first load does not carry
 * it (issue 12).
 */
import type { Player } from './player.svelte.ts';
import type { AppStart } from './app-start.ts';
import { splitShareHash } from '../scenarios/share-link.ts';
import { decodeScenarioInSteps } from '../scenarios/url-codec.ts';
import { language } from './language.svelte.ts';
import { predict } from './predict/state.svelte.ts';
import * as m from '../i18n/paraglide/messages.js';
import { inSlices, nextTask } from './later.ts';

export async function openShareLink(hash: string, player: Player, start: AppStart): Promise<void> {
  // The first run replaces whatever is on screen and clears player.error:
  // open the link after it, so the link's scenario or its error stays.
  // After it is on screen, not only prepared: it is shown a task later, and
  // that ended the "preparing" set below, so the controls acted on the
  // default run while the link's was still to come (a key pressed then was
  // lost when the link's run took the screen).
  await start.firstRun()?.then(
    () => player.firstShown,
    () => undefined,
  );
  // The default run on screen is not the link's: the controls keep saying
  // they are preparing until the link's run is there (openScenario ends it,
  // or builds a large one first), so a learner, or a key pressed at once,
  // never acts on the wrong run.
  player.preparing = true;
  try {
    await openIn(hash, player);
  } catch (e) {
    player.error = m.app_linkError({ detail: e instanceof Error ? e.message : String(e) });
    player.preparing = false;
  } finally {
    player.linkOpening = false;
  }
}

async function openIn(hash: string, player: Player): Promise<void> {
  // Evaluating this module and the link's codec was this task's work.
  await nextTask();
  const { link, step, panel, detail, predict: predictFirst, view, lang } = splitShareHash(hash);
  // The link's language, for this visit (the learner's own choice is not overwritten).
  if (lang) language.follow(lang);
  // A large link is unpacked and checked a few milliseconds at a time (issue 12).
  const result = await inSlices(decodeScenarioInSteps(link));
  if (!result.ok) {
    player.error = m.app_linkError({ detail: result.errors.join('; ') });
    player.preparing = player.linkOpening = false;
    return;
  }
  // A linked scenario must not take a built-in one's id: know them all first.
  // (Reading the link was this task's work: a large one's run is built from the next.)
  await player.loadBuiltins();
  await nextTask();
  // If the World refuses it, player.error says why (shown below the header)
  // and the previous run stays with its own settings.
  if (detail) player.setDetail(detail);
  // The link's run is the one the controls wait for.
  player.linkOpening = false;
  player.openScenario(result.scenario, step);
  // "Predict first" as the link says (the Outcome hides until the end).
  predict.on = predictFirst;
  // The tab the learner had open (unknown ones were dropped by splitShareHash).
  if (panel) (await import('./layout/panelState.svelte.ts')).panelState.tab = panel;
  // A link made with the fault map open opens it again (issue 13).
  if (view === 'faultmap') (await import('./fault-map/state.svelte.ts')).faultMapView.open = true;
}
