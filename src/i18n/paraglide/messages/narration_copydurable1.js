/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ device: NonNullable<unknown> }} Narration_Copydurable1Inputs */

const en_narration_copydurable1 = /** @type {(inputs: Narration_Copydurable1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device}'s copy is now durable on disk.`)
};

const es_narration_copydurable1 = /** @type {(inputs: Narration_Copydurable1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La copia de ${i?.device} ya está guardada en disco.`)
};

const de_narration_copydurable1 = /** @type {(inputs: Narration_Copydurable1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Die Kopie auf ${i?.device} ist jetzt dauerhaft auf der Festplatte.`)
};

/**
* | output |
* | --- |
* | "{device}'s copy is now durable on disk." |
*
* @param {Narration_Copydurable1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_copydurable1 = /** @type {((inputs: Narration_Copydurable1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Copydurable1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_copydurable1(inputs)
	if (locale === "de") return de_narration_copydurable1(inputs)
	return en_narration_copydurable1(inputs)
});
export { narration_copydurable1 as "narration_copyDurable" }