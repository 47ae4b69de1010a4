/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ device: NonNullable<unknown> }} Narration_Copypartial1Inputs */

const en_narration_copypartial1 = /** @type {(inputs: Narration_Copypartial1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} holds an incomplete copy: the transfer was cut.`)
};

const es_narration_copypartial1 = /** @type {(inputs: Narration_Copypartial1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} tiene una copia incompleta: la transferencia se cortó.`)
};

const de_narration_copypartial1 = /** @type {(inputs: Narration_Copypartial1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} hat eine unvollständige Kopie: Die Übertragung wurde unterbrochen.`)
};

/**
* | output |
* | --- |
* | "{device} holds an incomplete copy: the transfer was cut." |
*
* @param {Narration_Copypartial1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_copypartial1 = /** @type {((inputs: Narration_Copypartial1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Copypartial1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_copypartial1(inputs)
	if (locale === "de") return de_narration_copypartial1(inputs)
	return en_narration_copypartial1(inputs)
});
export { narration_copypartial1 as "narration_copyPartial" }