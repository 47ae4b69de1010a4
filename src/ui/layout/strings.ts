/**
 * Words of the lazily loaded layout parts, from the message catalogue
 * (layout_): the header's menus and tools (HeaderTools), the tabs and
 * terminal panel (MorePanels) and the lines about faults (FaultNotes). They
 * are not in messages.ts, which the first load carries.
 */
import * as m from '../../i18n/paraglide/messages.js';

type When = 'sent' | 'delivered' | 'replied';

export const layoutStrings = {
  // The server personalities' names (HeaderSettings' menu, the presenter notes).
  personalities: {
    get rfc() { return m.personality_rfc(); },
    get 'expunge-on-dele'() { return m.personality_expungeOnDele(); },
    get 'download-once'() { return m.personality_downloadOnce(); },
    get 'no-uidl'() { return m.personality_noUidl(); },
    get 'retention-days'() { return m.personality_retentionDays(); },
    get 'no-dot-stuffing'() { return m.personality_noDotStuffing(); },
    get 'login-delay'() { return m.personality_loginDelay(); },
    get 'update-fails'() { return m.personality_updateFails(); },
    get 'read-only'() { return m.personality_readOnly(); },
    get 'uids-reassigned'() { return m.personality_uidsReassigned(); },
  },
  get shortcutsButton() { return m.app_shortcutsButton(); },
  get language() { return m.app_language(); },
  get protocol() { return m.layout_protocol(); },
  get personality() { return m.layout_personality(); },
  get scenariosLoading() { return m.layout_scenariosLoading(); },
  get tools() { return m.layout_tools(); },
  get share() { return m.layout_share(); },
  get shareCopied() { return m.layout_shareCopied(); },
  get shareReady() { return m.layout_shareReady(); },
  get themeToDark() { return m.layout_themeToDark(); },
  get themeToLight() { return m.layout_themeToLight(); },
  get tabsLabel() { return m.layout_tabsLabel(); },
  get terminalTab() { return m.layout_terminalTab(); },
  get terminalPlaceholder() { return m.layout_terminalPlaceholder(); },
  get lessonsTab() { return m.layout_lessonsTab(); },
  get lessonsLoadError() { return m.layout_lessonsLoadError(); },
  // Faults the learner added (FaultNotes, lazy).
  get faultsTitle() { return m.layout_faultsTitle(); },
  faultAt: (kind: string, step: number): string => m.layout_faultAt({ kind, step }),
  get removeFaults() { return m.layout_removeFaults(); },
  // Where a fault fires, in words (placement.ts).
  placement: {
    atStep: (n: number): string => m.layout_placementAtStep({ n }),
    atTick: (n: number): string => m.layout_placementAtTick({ n }),
    side: (direction: 'c2s' | 's2c'): string => (direction === 'c2s' ? m.layout_sideC2s() : m.layout_sideS2c()),
    atOctet: (n: number, side: string, during?: string): string =>
      during ? m.layout_placementAtOctetDuring({ n, side, during }) : m.layout_placementAtOctet({ n, side }),
    onCommand: (keyword: string, when: When, occurrence?: number): string => {
      const again = occurrence !== undefined && occurrence > 1;
      if (when === 'sent') return again ? m.layout_placementOnSentTime({ keyword, occurrence }) : m.layout_placementOnSent({ keyword });
      if (when === 'delivered') return again ? m.layout_placementOnDeliveredTime({ keyword, occurrence }) : m.layout_placementOnDelivered({ keyword });
      return again ? m.layout_placementOnRepliedTime({ keyword, occurrence }) : m.layout_placementOnReplied({ keyword });
    },
    probability: (n: number, d: number): string => m.layout_placementProbability({ n, d }),
  },
  // The scenario's own faults (FaultNotes, lazy).
  get scenarioFaults() { return m.layout_scenarioFaults(); },
  get scenarioFaultsOff() { return m.layout_scenarioFaultsOff(); },
  get withoutScenarioFaults() { return m.layout_withoutScenarioFaults(); },
  get withScenarioFaults() { return m.layout_withScenarioFaults(); },
};
