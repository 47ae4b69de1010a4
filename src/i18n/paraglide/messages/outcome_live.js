/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Outcome_LiveInputs */

const en_outcome_live = /** @type {(inputs: Outcome_LiveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your terminal session so far:`)
};

const es_outcome_live = /** @type {(inputs: Outcome_LiveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tu sesión de terminal hasta ahora:`)
};

const de_outcome_live = /** @type {(inputs: Outcome_LiveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Deine Terminalsitzung bis jetzt:`)
};

/**
* | output |
* | --- |
* | "Your terminal session so far:" |
*
* @param {Outcome_LiveInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const outcome_live = /** @type {((inputs?: Outcome_LiveInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Outcome_LiveInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_outcome_live(inputs)
	if (locale === "de") return de_outcome_live(inputs)
	return en_outcome_live(inputs)
});