/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ device: NonNullable<unknown> }} Narration_Copylost1Inputs */

const en_narration_copylost1 = /** @type {(inputs: Narration_Copylost1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} crashed: the copy that was only in memory is gone.`)
};

const es_narration_copylost1 = /** @type {(inputs: Narration_Copylost1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} se ha colgado: la copia que solo estaba en memoria ha desaparecido.`)
};

const de_narration_copylost1 = /** @type {(inputs: Narration_Copylost1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} ist abgestürzt: Die Kopie, die nur im Arbeitsspeicher lag, ist weg.`)
};

/**
* | output |
* | --- |
* | "{device} crashed: the copy that was only in memory is gone." |
*
* @param {Narration_Copylost1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_copylost1 = /** @type {((inputs: Narration_Copylost1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Copylost1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_copylost1(inputs)
	if (locale === "de") return de_narration_copylost1(inputs)
	return en_narration_copylost1(inputs)
});
export { narration_copylost1 as "narration_copyLost" }