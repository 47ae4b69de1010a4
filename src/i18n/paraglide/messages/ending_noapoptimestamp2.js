/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Ending_Noapoptimestamp2Inputs */

const en_ending_noapoptimestamp2 = /** @type {(inputs: Ending_Noapoptimestamp2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`APOP is impossible: the greeting has no <timestamp>`)
};

const es_ending_noapoptimestamp2 = /** @type {(inputs: Ending_Noapoptimestamp2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`APOP es imposible: el saludo no trae <timestamp>`)
};

const de_ending_noapoptimestamp2 = /** @type {(inputs: Ending_Noapoptimestamp2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`APOP ist unmöglich: Die Begrüßung enthält keinen <timestamp>`)
};

/**
* | output |
* | --- |
* | "APOP is impossible: the greeting has no <timestamp>" |
*
* @param {Ending_Noapoptimestamp2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const ending_noapoptimestamp2 = /** @type {((inputs?: Ending_Noapoptimestamp2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Ending_Noapoptimestamp2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_ending_noapoptimestamp2(inputs)
	if (locale === "de") return de_ending_noapoptimestamp2(inputs)
	return en_ending_noapoptimestamp2(inputs)
});
export { ending_noapoptimestamp2 as "ending_noApopTimestamp" }