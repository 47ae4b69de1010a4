/** Words of the export / import menu, from the message catalogue (export_). It loads lazily. */
import * as m from '../../i18n/paraglide/messages.js';

export const exportStrings = {
  get menu() { return m.export_menu(); },
  get transcript() { return m.export_transcript(); },
  get diagram() { return m.export_diagram(); },
  get scenario() { return m.export_scenario(); },
  get importLabel() { return m.export_importLabel(); },
  get importErrorTitle() { return m.export_importErrorTitle(); },
  imported: (title: string): string => m.export_imported({ title }),
  get importWarningTitle() { return m.export_importWarningTitle(); },
  get readError() { return m.export_readError(); },
  get dismiss() { return m.export_dismiss(); },
};
