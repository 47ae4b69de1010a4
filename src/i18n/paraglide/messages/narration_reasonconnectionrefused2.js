/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Narration_Reasonconnectionrefused2Inputs */

const en_narration_reasonconnectionrefused2 = /** @type {(inputs: Narration_Reasonconnectionrefused2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`connection refused`)
};

const es_narration_reasonconnectionrefused2 = /** @type {(inputs: Narration_Reasonconnectionrefused2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`conexión rechazada`)
};

const de_narration_reasonconnectionrefused2 = /** @type {(inputs: Narration_Reasonconnectionrefused2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Verbindung abgewiesen`)
};

/**
* | output |
* | --- |
* | "connection refused" |
*
* @param {Narration_Reasonconnectionrefused2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_reasonconnectionrefused2 = /** @type {((inputs?: Narration_Reasonconnectionrefused2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Reasonconnectionrefused2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_reasonconnectionrefused2(inputs)
	if (locale === "de") return de_narration_reasonconnectionrefused2(inputs)
	return en_narration_reasonconnectionrefused2(inputs)
});
export { narration_reasonconnectionrefused2 as "narration_reasonConnectionRefused" }