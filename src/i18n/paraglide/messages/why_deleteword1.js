/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Why_Deleteword1Inputs */

const en_why_deleteword1 = /** @type {(inputs: Why_Deleteword1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`delete`)
};

const es_why_deleteword1 = /** @type {(inputs: Why_Deleteword1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`borrar`)
};

const de_why_deleteword1 = /** @type {(inputs: Why_Deleteword1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Löschen`)
};

/**
* | output |
* | --- |
* | "delete" |
*
* @param {Why_Deleteword1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const why_deleteword1 = /** @type {((inputs?: Why_Deleteword1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Why_Deleteword1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_why_deleteword1(inputs)
	if (locale === "de") return de_why_deleteword1(inputs)
	return en_why_deleteword1(inputs)
});
export { why_deleteword1 as "why_deleteWord" }