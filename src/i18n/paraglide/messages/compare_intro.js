/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Compare_IntroInputs */

const en_compare_intro = /** @type {(inputs: Compare_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The same scenario, seed and faults, run twice with one setting changed. Both sides move together through the same simulated time.`)
};

const es_compare_intro = /** @type {(inputs: Compare_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El mismo escenario, la misma semilla y los mismos fallos, ejecutados dos veces con un solo ajuste distinto. Los dos lados avanzan juntos por el mismo tiempo simulado.`)
};

const de_compare_intro = /** @type {(inputs: Compare_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dasselbe Szenario, derselbe Seed, dieselben Störungen, zweimal ausgeführt mit einer geänderten Einstellung. Beide Seiten bewegen sich gemeinsam durch dieselbe simulierte Zeit.`)
};

/**
* | output |
* | --- |
* | "The same scenario, seed and faults, run twice with one setting changed. Both sides move together through the same simulated time." |
*
* @param {Compare_IntroInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const compare_intro = /** @type {((inputs?: Compare_IntroInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_IntroInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_compare_intro(inputs)
	if (locale === "de") return de_compare_intro(inputs)
	return en_compare_intro(inputs)
});