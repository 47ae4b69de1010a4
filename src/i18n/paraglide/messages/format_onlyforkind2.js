/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ kind: NonNullable<unknown> }} Format_Onlyforkind2Inputs */

const en_format_onlyforkind2 = /** @type {(inputs: Format_Onlyforkind2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`only meaningful for ${i?.kind}`)
};

const es_format_onlyforkind2 = /** @type {(inputs: Format_Onlyforkind2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`solo tiene sentido para ${i?.kind}`)
};

const de_format_onlyforkind2 = /** @type {(inputs: Format_Onlyforkind2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`nur sinnvoll für ${i?.kind}`)
};

/**
* | output |
* | --- |
* | "only meaningful for {kind}" |
*
* @param {Format_Onlyforkind2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const format_onlyforkind2 = /** @type {((inputs: Format_Onlyforkind2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Onlyforkind2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_onlyforkind2(inputs)
	if (locale === "de") return de_format_onlyforkind2(inputs)
	return en_format_onlyforkind2(inputs)
});
export { format_onlyforkind2 as "format_onlyForKind" }