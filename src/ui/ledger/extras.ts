/** The Outcome's lazy parts, in one chunk: "Predict first" and the duplicate's cause. */
export { default as Predict } from '../predict/Predict.svelte';
export { default as Why } from './Why.svelte';
