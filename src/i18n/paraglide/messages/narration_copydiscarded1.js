/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ device: NonNullable<unknown> }} Narration_Copydiscarded1Inputs */

const en_narration_copydiscarded1 = /** @type {(inputs: Narration_Copydiscarded1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} throws away an incomplete copy.`)
};

const es_narration_copydiscarded1 = /** @type {(inputs: Narration_Copydiscarded1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} tira una copia incompleta.`)
};

const de_narration_copydiscarded1 = /** @type {(inputs: Narration_Copydiscarded1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} wirft eine unvollständige Kopie weg.`)
};

/**
* | output |
* | --- |
* | "{device} throws away an incomplete copy." |
*
* @param {Narration_Copydiscarded1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_copydiscarded1 = /** @type {((inputs: Narration_Copydiscarded1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Copydiscarded1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_copydiscarded1(inputs)
	if (locale === "de") return de_narration_copydiscarded1(inputs)
	return en_narration_copydiscarded1(inputs)
});
export { narration_copydiscarded1 as "narration_copyDiscarded" }