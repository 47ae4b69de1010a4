/** Every string of the export menu, in English. */
export const exportStrings = {
  menu: 'Export / import',
  transcript: 'Export transcript',
  diagram: 'Export diagram',
  scenario: 'Export scenario',
  importLabel: 'Import scenario',
  importErrorTitle: 'This scenario file could not be imported; the scenario on screen is unchanged. Problems found:',
  imported: (title: string) => `Imported scenario "${title}".`,
  importWarningTitle: 'The scenario was imported, but some of its faults can never fire:',
  readError: 'The file could not be read.',
  dismiss: 'Dismiss',
} as const;
