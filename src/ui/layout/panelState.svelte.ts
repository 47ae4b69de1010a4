/**
 * Which panel the learner has open: the tab on narrow screens (wide screens
 * show every panel). MorePanels shows it, HeaderTools' share puts it in the
 * link and App sets it when a link is opened. Loaded lazily with the panels.
 */
import type { SharePanel } from '../../scenarios/share-link.ts';

export const panelState = $state<{ tab: SharePanel }>({ tab: 'sequence' });
