/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ step: NonNullable<unknown>, last: NonNullable<unknown> }} Outcome_Sofar1Inputs */

const en_outcome_sofar1 = /** @type {(inputs: Outcome_Sofar1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`So far, at step ${i?.step} of ${i?.last}; the verdict comes at the end.`)
};

const es_outcome_sofar1 = /** @type {(inputs: Outcome_Sofar1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Hasta ahora, en el paso ${i?.step} de ${i?.last}; el veredicto llega al final.`)
};

const de_outcome_sofar1 = /** @type {(inputs: Outcome_Sofar1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Bisher, bei Schritt ${i?.step} von ${i?.last}; das Urteil kommt am Ende.`)
};

/**
* | output |
* | --- |
* | "So far, at step {step} of {last}; the verdict comes at the end." |
*
* @param {Outcome_Sofar1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const outcome_sofar1 = /** @type {((inputs: Outcome_Sofar1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Outcome_Sofar1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_outcome_sofar1(inputs)
	if (locale === "de") return de_outcome_sofar1(inputs)
	return en_outcome_sofar1(inputs)
});
export { outcome_sofar1 as "outcome_soFar" }