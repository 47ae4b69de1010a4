/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Faultmap_Shortlosesegment2Inputs */

const en_faultmap_shortlosesegment2 = /** @type {(inputs: Faultmap_Shortlosesegment2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Segment lost`)
};

const es_faultmap_shortlosesegment2 = /** @type {(inputs: Faultmap_Shortlosesegment2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Segmento perdido`)
};

const de_faultmap_shortlosesegment2 = /** @type {(inputs: Faultmap_Shortlosesegment2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Segment weg`)
};

/**
* | output |
* | --- |
* | "Segment lost" |
*
* @param {Faultmap_Shortlosesegment2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const faultmap_shortlosesegment2 = /** @type {((inputs?: Faultmap_Shortlosesegment2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Faultmap_Shortlosesegment2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_faultmap_shortlosesegment2(inputs)
	if (locale === "de") return de_faultmap_shortlosesegment2(inputs)
	return en_faultmap_shortlosesegment2(inputs)
});
export { faultmap_shortlosesegment2 as "faultmap_shortLoseSegment" }