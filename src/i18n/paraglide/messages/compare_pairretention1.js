/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Compare_Pairretention1Inputs */

const en_compare_pairretention1 = /** @type {(inputs: Compare_Pairretention1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Delete on download vs Leave on server`)
};

const es_compare_pairretention1 = /** @type {(inputs: Compare_Pairretention1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Borrar al descargar frente a Dejar en el servidor`)
};

const de_compare_pairretention1 = /** @type {(inputs: Compare_Pairretention1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Beim Abrufen löschen gegen Auf dem Server lassen`)
};

/**
* | output |
* | --- |
* | "Delete on download vs Leave on server" |
*
* @param {Compare_Pairretention1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const compare_pairretention1 = /** @type {((inputs?: Compare_Pairretention1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_Pairretention1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_compare_pairretention1(inputs)
	if (locale === "de") return de_compare_pairretention1(inputs)
	return en_compare_pairretention1(inputs)
});
export { compare_pairretention1 as "compare_pairRetention" }