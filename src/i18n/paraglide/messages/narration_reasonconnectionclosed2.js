/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Narration_Reasonconnectionclosed2Inputs */

const en_narration_reasonconnectionclosed2 = /** @type {(inputs: Narration_Reasonconnectionclosed2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`connection closed`)
};

const es_narration_reasonconnectionclosed2 = /** @type {(inputs: Narration_Reasonconnectionclosed2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`conexión cerrada`)
};

const de_narration_reasonconnectionclosed2 = /** @type {(inputs: Narration_Reasonconnectionclosed2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Verbindung geschlossen`)
};

/**
* | output |
* | --- |
* | "connection closed" |
*
* @param {Narration_Reasonconnectionclosed2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_reasonconnectionclosed2 = /** @type {((inputs?: Narration_Reasonconnectionclosed2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Reasonconnectionclosed2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_reasonconnectionclosed2(inputs)
	if (locale === "de") return de_narration_reasonconnectionclosed2(inputs)
	return en_narration_reasonconnectionclosed2(inputs)
});
export { narration_reasonconnectionclosed2 as "narration_reasonConnectionClosed" }