/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ line: NonNullable<unknown> }} Ending_Notastatus2Inputs */

const en_ending_notastatus2 = /** @type {(inputs: Ending_Notastatus2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`expected +OK or -ERR, got "${i?.line}"`)
};

const es_ending_notastatus2 = /** @type {(inputs: Ending_Notastatus2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`se esperaba +OK o -ERR y llegó "${i?.line}"`)
};

const de_ending_notastatus2 = /** @type {(inputs: Ending_Notastatus2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`+OK oder -ERR erwartet, gekommen ist "${i?.line}"`)
};

/**
* | output |
* | --- |
* | "expected +OK or -ERR, got \"{line}\"" |
*
* @param {Ending_Notastatus2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const ending_notastatus2 = /** @type {((inputs: Ending_Notastatus2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Ending_Notastatus2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_ending_notastatus2(inputs)
	if (locale === "de") return de_ending_notastatus2(inputs)
	return en_ending_notastatus2(inputs)
});
export { ending_notastatus2 as "ending_notAStatus" }