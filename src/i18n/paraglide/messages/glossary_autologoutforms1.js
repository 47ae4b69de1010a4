/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Autologoutforms1Inputs */

const en_glossary_autologoutforms1 = /** @type {(inputs: Glossary_Autologoutforms1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`autologout`)
};

const es_glossary_autologoutforms1 = /** @type {(inputs: Glossary_Autologoutforms1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`cierre automático | autologout`)
};

const de_glossary_autologoutforms1 = /** @type {(inputs: Glossary_Autologoutforms1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Auto-Logout | autologout`)
};

/**
* | output |
* | --- |
* | "autologout" |
*
* @param {Glossary_Autologoutforms1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_autologoutforms1 = /** @type {((inputs?: Glossary_Autologoutforms1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Autologoutforms1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_autologoutforms1(inputs)
	if (locale === "de") return de_glossary_autologoutforms1(inputs)
	return en_glossary_autologoutforms1(inputs)
});
export { glossary_autologoutforms1 as "glossary_autologoutForms" }