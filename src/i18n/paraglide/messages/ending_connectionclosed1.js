/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Ending_Connectionclosed1Inputs */

const en_ending_connectionclosed1 = /** @type {(inputs: Ending_Connectionclosed1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`connection closed`)
};

const es_ending_connectionclosed1 = /** @type {(inputs: Ending_Connectionclosed1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`conexión cerrada`)
};

const de_ending_connectionclosed1 = /** @type {(inputs: Ending_Connectionclosed1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Verbindung geschlossen`)
};

/**
* | output |
* | --- |
* | "connection closed" |
*
* @param {Ending_Connectionclosed1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const ending_connectionclosed1 = /** @type {((inputs?: Ending_Connectionclosed1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Ending_Connectionclosed1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_ending_connectionclosed1(inputs)
	if (locale === "de") return de_ending_connectionclosed1(inputs)
	return en_ending_connectionclosed1(inputs)
});
export { ending_connectionclosed1 as "ending_connectionClosed" }