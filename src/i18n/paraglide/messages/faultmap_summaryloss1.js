/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ lostSteps: NonNullable<unknown>, steps: NonNullable<unknown>, lostRange: NonNullable<unknown>, dupSteps: NonNullable<unknown> }} Faultmap_Summaryloss1Inputs */

const en_faultmap_summaryloss1 = /** @type {(inputs: Faultmap_Summaryloss1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Loss possible at ${i?.lostSteps} of ${i?.steps} steps (${i?.lostRange}); duplicates possible at ${i?.dupSteps}.`)
};

const es_faultmap_summaryloss1 = /** @type {(inputs: Faultmap_Summaryloss1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Pérdida posible en ${i?.lostSteps} de ${i?.steps} pasos (${i?.lostRange}); duplicados posibles en ${i?.dupSteps}.`)
};

const de_faultmap_summaryloss1 = /** @type {(inputs: Faultmap_Summaryloss1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Verlust möglich bei ${i?.lostSteps} von ${i?.steps} Schritten (${i?.lostRange}); Doppelte möglich bei ${i?.dupSteps}.`)
};

/**
* | output |
* | --- |
* | "Loss possible at {lostSteps} of {steps} steps ({lostRange}); duplicates possible at {dupSteps}." |
*
* @param {Faultmap_Summaryloss1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const faultmap_summaryloss1 = /** @type {((inputs: Faultmap_Summaryloss1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Faultmap_Summaryloss1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_faultmap_summaryloss1(inputs)
	if (locale === "de") return de_faultmap_summaryloss1(inputs)
	return en_faultmap_summaryloss1(inputs)
});
export { faultmap_summaryloss1 as "faultmap_summaryLoss" }