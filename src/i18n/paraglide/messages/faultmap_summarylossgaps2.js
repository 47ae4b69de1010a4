/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ lostSteps: NonNullable<unknown>, steps: NonNullable<unknown>, lostRange: NonNullable<unknown>, dupSteps: NonNullable<unknown>, gapSteps: NonNullable<unknown> }} Faultmap_Summarylossgaps2Inputs */

const en_faultmap_summarylossgaps2 = /** @type {(inputs: Faultmap_Summarylossgaps2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Loss possible at ${i?.lostSteps} of ${i?.steps} steps (${i?.lostRange}); duplicates possible at ${i?.dupSteps}, gaps at ${i?.gapSteps}.`)
};

const es_faultmap_summarylossgaps2 = /** @type {(inputs: Faultmap_Summarylossgaps2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Pérdida posible en ${i?.lostSteps} de ${i?.steps} pasos (${i?.lostRange}); duplicados posibles en ${i?.dupSteps}, huecos en ${i?.gapSteps}.`)
};

const de_faultmap_summarylossgaps2 = /** @type {(inputs: Faultmap_Summarylossgaps2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Verlust möglich bei ${i?.lostSteps} von ${i?.steps} Schritten (${i?.lostRange}); Doppelte möglich bei ${i?.dupSteps}, Lücken bei ${i?.gapSteps}.`)
};

/**
* | output |
* | --- |
* | "Loss possible at {lostSteps} of {steps} steps ({lostRange}); duplicates possible at {dupSteps}, gaps at {gapSteps}." |
*
* @param {Faultmap_Summarylossgaps2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const faultmap_summarylossgaps2 = /** @type {((inputs: Faultmap_Summarylossgaps2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Faultmap_Summarylossgaps2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_faultmap_summarylossgaps2(inputs)
	if (locale === "de") return de_faultmap_summarylossgaps2(inputs)
	return en_faultmap_summarylossgaps2(inputs)
});
export { faultmap_summarylossgaps2 as "faultmap_summaryLossGaps" }