/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ device: NonNullable<unknown>, keyword: NonNullable<unknown>, said: NonNullable<unknown> }} Format_Deviceneversends2Inputs */

const en_format_deviceneversends2 = /** @type {(inputs: Format_Deviceneversends2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} never send ${i?.keyword} in this scenario (they send ${i?.said}); this fault can never fire`)
};

const es_format_deviceneversends2 = /** @type {(inputs: Format_Deviceneversends2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} nunca envía ${i?.keyword} en este escenario (envía: ${i?.said}); este fallo nunca puede producirse`)
};

const de_format_deviceneversends2 = /** @type {(inputs: Format_Deviceneversends2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} sendet in diesem Szenario nie ${i?.keyword} (es sendet: ${i?.said}); diese Störung kann nie eintreten`)
};

/**
* | output |
* | --- |
* | "{device} never send {keyword} in this scenario (they send {said}); this fault can never fire" |
*
* @param {Format_Deviceneversends2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const format_deviceneversends2 = /** @type {((inputs: Format_Deviceneversends2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Deviceneversends2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_deviceneversends2(inputs)
	if (locale === "de") return de_format_deviceneversends2(inputs)
	return en_format_deviceneversends2(inputs)
});
export { format_deviceneversends2 as "format_deviceNeverSends" }