/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Outcome_Notstarted1Inputs */

const en_outcome_notstarted1 = /** @type {(inputs: Outcome_Notstarted1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nothing has happened yet; the verdict comes at the end.`)
};

const es_outcome_notstarted1 = /** @type {(inputs: Outcome_Notstarted1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Todavía no ha pasado nada; el veredicto llega al final.`)
};

const de_outcome_notstarted1 = /** @type {(inputs: Outcome_Notstarted1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Noch ist nichts geschehen; das Urteil kommt am Ende.`)
};

/**
* | output |
* | --- |
* | "Nothing has happened yet; the verdict comes at the end." |
*
* @param {Outcome_Notstarted1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const outcome_notstarted1 = /** @type {((inputs?: Outcome_Notstarted1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Outcome_Notstarted1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_outcome_notstarted1(inputs)
	if (locale === "de") return de_outcome_notstarted1(inputs)
	return en_outcome_notstarted1(inputs)
});
export { outcome_notstarted1 as "outcome_notStarted" }