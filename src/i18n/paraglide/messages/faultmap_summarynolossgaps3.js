/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ steps: NonNullable<unknown>, dupSteps: NonNullable<unknown>, gapSteps: NonNullable<unknown> }} Faultmap_Summarynolossgaps3Inputs */

const en_faultmap_summarynolossgaps3 = /** @type {(inputs: Faultmap_Summarynolossgaps3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`No loss at any of the ${i?.steps} steps; duplicates possible at ${i?.dupSteps}, gaps at ${i?.gapSteps}.`)
};

const es_faultmap_summarynolossgaps3 = /** @type {(inputs: Faultmap_Summarynolossgaps3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ninguna pérdida en ninguno de los ${i?.steps} pasos; duplicados posibles en ${i?.dupSteps}, huecos en ${i?.gapSteps}.`)
};

const de_faultmap_summarynolossgaps3 = /** @type {(inputs: Faultmap_Summarynolossgaps3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Kein Verlust bei keinem der ${i?.steps} Schritte; Doppelte möglich bei ${i?.dupSteps}, Lücken bei ${i?.gapSteps}.`)
};

/**
* | output |
* | --- |
* | "No loss at any of the {steps} steps; duplicates possible at {dupSteps}, gaps at {gapSteps}." |
*
* @param {Faultmap_Summarynolossgaps3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const faultmap_summarynolossgaps3 = /** @type {((inputs: Faultmap_Summarynolossgaps3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Faultmap_Summarynolossgaps3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_faultmap_summarynolossgaps3(inputs)
	if (locale === "de") return de_faultmap_summarynolossgaps3(inputs)
	return en_faultmap_summarynolossgaps3(inputs)
});
export { faultmap_summarynolossgaps3 as "faultmap_summaryNoLossGaps" }