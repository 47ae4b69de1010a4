/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Ending_Connectionrefused1Inputs */

const en_ending_connectionrefused1 = /** @type {(inputs: Ending_Connectionrefused1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`connection refused`)
};

const es_ending_connectionrefused1 = /** @type {(inputs: Ending_Connectionrefused1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`conexión rechazada`)
};

const de_ending_connectionrefused1 = /** @type {(inputs: Ending_Connectionrefused1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Verbindung abgewiesen`)
};

/**
* | output |
* | --- |
* | "connection refused" |
*
* @param {Ending_Connectionrefused1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const ending_connectionrefused1 = /** @type {((inputs?: Ending_Connectionrefused1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Ending_Connectionrefused1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_ending_connectionrefused1(inputs)
	if (locale === "de") return de_ending_connectionrefused1(inputs)
	return en_ending_connectionrefused1(inputs)
});
export { ending_connectionrefused1 as "ending_connectionRefused" }