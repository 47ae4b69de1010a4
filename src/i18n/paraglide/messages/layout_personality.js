/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Layout_PersonalityInputs */

const en_layout_personality = /** @type {(inputs: Layout_PersonalityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Server`)
};

const es_layout_personality = /** @type {(inputs: Layout_PersonalityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Servidor`)
};

const de_layout_personality = /** @type {(inputs: Layout_PersonalityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Server`)
};

/**
* | output |
* | --- |
* | "Server" |
*
* @param {Layout_PersonalityInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const layout_personality = /** @type {((inputs?: Layout_PersonalityInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_PersonalityInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_layout_personality(inputs)
	if (locale === "de") return de_layout_personality(inputs)
	return en_layout_personality(inputs)
});