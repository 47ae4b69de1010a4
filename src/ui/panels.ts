/**
 * The panels below the fold (MorePanels: the sequence diagram, explanation,
 * transcript, and the lessons, which it loads when their panel is first
 * shown), the shortcuts dialog and the teacher's header tools. App imports this module with import() as soon as it
 * starts, so they arrive a moment after the stage, outcome and controls and
 * stay out of the first load.
 */
export { default as MorePanels } from './layout/MorePanels.svelte';
export { default as HeaderTools } from './layout/HeaderTools.svelte';
export { default as HeaderSettings } from './layout/HeaderSettings.svelte';
export { default as FaultNotes } from './layout/FaultNotes.svelte';
export { default as ShortcutsDialog } from './controls/ShortcutsDialog.svelte';
export { default as FaultMenu } from './controls/FaultMenu.svelte';
// Header tools for teachers: presenter mode and the side-by-side comparison.
export { default as PresenterControls } from './presenter/PresenterControls.svelte';
export { default as CompareLauncher } from './compare/CompareLauncher.svelte';
// Export (transcript, diagram, scenario) and scenario import.
export { default as ExportMenu } from './export/ExportMenu.svelte';
// The lab's keyboard shortcuts (App installs them when this module arrives).
export { appShortcut } from './layout/shortcuts.ts';
// The narration's reserved room (the run's longest sentence, invisible).
export { default as NarrationGhost } from './layout/NarrationGhost.svelte';
