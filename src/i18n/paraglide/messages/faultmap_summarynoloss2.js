/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ steps: NonNullable<unknown>, dupSteps: NonNullable<unknown> }} Faultmap_Summarynoloss2Inputs */

const en_faultmap_summarynoloss2 = /** @type {(inputs: Faultmap_Summarynoloss2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`No loss at any of the ${i?.steps} steps; duplicates possible at ${i?.dupSteps}.`)
};

const es_faultmap_summarynoloss2 = /** @type {(inputs: Faultmap_Summarynoloss2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ninguna pérdida en ninguno de los ${i?.steps} pasos; duplicados posibles en ${i?.dupSteps}.`)
};

const de_faultmap_summarynoloss2 = /** @type {(inputs: Faultmap_Summarynoloss2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Kein Verlust bei keinem der ${i?.steps} Schritte; Doppelte möglich bei ${i?.dupSteps}.`)
};

/**
* | output |
* | --- |
* | "No loss at any of the {steps} steps; duplicates possible at {dupSteps}." |
*
* @param {Faultmap_Summarynoloss2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const faultmap_summarynoloss2 = /** @type {((inputs: Faultmap_Summarynoloss2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Faultmap_Summarynoloss2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_faultmap_summarynoloss2(inputs)
	if (locale === "de") return de_faultmap_summarynoloss2(inputs)
	return en_faultmap_summarynoloss2(inputs)
});
export { faultmap_summarynoloss2 as "faultmap_summaryNoLoss" }