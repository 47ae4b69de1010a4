/**
 * Which panel the learner has open: the tab on narrow screens (wide screens
 * show every panel). MorePanels shows it, HeaderTools' share puts it in the
 * link and App sets it when a link is opened. Loaded lazily with the panels.
 */
import type { SharePanel } from '../../scenarios/share-link.ts';

class PanelState {
  #tab = $state<SharePanel>('sequence');
  /**
   * Whether a tab was picked (by the learner, a link or a lesson): its panel
   * then renders at once, not only once the learner scrolls near it (Later.svelte).
   */
  chosen = $state(false);
  get tab(): SharePanel {
    return this.#tab;
  }
  set tab(tab: SharePanel) {
    this.#tab = tab;
    this.chosen = true;
  }
}

export const panelState = new PanelState();
