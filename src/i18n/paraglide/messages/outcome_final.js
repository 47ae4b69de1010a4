/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Outcome_FinalInputs */

const en_outcome_final = /** @type {(inputs: Outcome_FinalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Final verdict: the run has ended.`)
};

const es_outcome_final = /** @type {(inputs: Outcome_FinalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Veredicto final: la ejecución ha terminado.`)
};

const de_outcome_final = /** @type {(inputs: Outcome_FinalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Endgültiges Urteil: Der Durchlauf ist beendet.`)
};

/**
* | output |
* | --- |
* | "Final verdict: the run has ended." |
*
* @param {Outcome_FinalInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const outcome_final = /** @type {((inputs?: Outcome_FinalInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Outcome_FinalInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_outcome_final(inputs)
	if (locale === "de") return de_outcome_final(inputs)
	return en_outcome_final(inputs)
});