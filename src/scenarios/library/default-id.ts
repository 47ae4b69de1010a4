/** The default scenario's id, alone: embed.html's small entry needs only this (src/embed/main.ts). */
export const DEFAULT_SCENARIO_ID = 'first-session';
