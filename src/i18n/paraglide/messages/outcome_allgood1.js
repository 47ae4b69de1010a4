/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Outcome_Allgood1Inputs */

const en_outcome_allgood1 = /** @type {(inputs: Outcome_Allgood1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Every message is delivered exactly once.`)
};

const es_outcome_allgood1 = /** @type {(inputs: Outcome_Allgood1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cada mensaje se entrega exactamente una vez.`)
};

const de_outcome_allgood1 = /** @type {(inputs: Outcome_Allgood1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Jede Nachricht ist genau einmal zugestellt.`)
};

/**
* | output |
* | --- |
* | "Every message is delivered exactly once." |
*
* @param {Outcome_Allgood1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const outcome_allgood1 = /** @type {((inputs?: Outcome_Allgood1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Outcome_Allgood1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_outcome_allgood1(inputs)
	if (locale === "de") return de_outcome_allgood1(inputs)
	return en_outcome_allgood1(inputs)
});
export { outcome_allgood1 as "outcome_allGood" }