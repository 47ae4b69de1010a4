/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Ending_Timedout1Inputs */

const en_ending_timedout1 = /** @type {(inputs: Ending_Timedout1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`timed out: no answer from the server`)
};

const es_ending_timedout1 = /** @type {(inputs: Ending_Timedout1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`se agotó el tiempo: el servidor no contesta`)
};

const de_ending_timedout1 = /** @type {(inputs: Ending_Timedout1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zeit abgelaufen: keine Antwort vom Server`)
};

/**
* | output |
* | --- |
* | "timed out: no answer from the server" |
*
* @param {Ending_Timedout1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const ending_timedout1 = /** @type {((inputs?: Ending_Timedout1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Ending_Timedout1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_ending_timedout1(inputs)
	if (locale === "de") return de_ending_timedout1(inputs)
	return en_ending_timedout1(inputs)
});
export { ending_timedout1 as "ending_timedOut" }