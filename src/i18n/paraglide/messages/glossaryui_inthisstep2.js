/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossaryui_Inthisstep2Inputs */

const en_glossaryui_inthisstep2 = /** @type {(inputs: Glossaryui_Inthisstep2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Terms in this step`)
};

const es_glossaryui_inthisstep2 = /** @type {(inputs: Glossaryui_Inthisstep2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Términos de este paso`)
};

const de_glossaryui_inthisstep2 = /** @type {(inputs: Glossaryui_Inthisstep2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Begriffe in diesem Schritt`)
};

/**
* | output |
* | --- |
* | "Terms in this step" |
*
* @param {Glossaryui_Inthisstep2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossaryui_inthisstep2 = /** @type {((inputs?: Glossaryui_Inthisstep2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossaryui_Inthisstep2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossaryui_inthisstep2(inputs)
	if (locale === "de") return de_glossaryui_inthisstep2(inputs)
	return en_glossaryui_inthisstep2(inputs)
});
export { glossaryui_inthisstep2 as "glossaryui_inThisStep" }