/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Authorizationforms1Inputs */

const en_glossary_authorizationforms1 = /** @type {(inputs: Glossary_Authorizationforms1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`AUTHORIZATION`)
};

const es_glossary_authorizationforms1 = /** @type {(inputs: Glossary_Authorizationforms1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`AUTHORIZATION`)
};

const de_glossary_authorizationforms1 = /** @type {(inputs: Glossary_Authorizationforms1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`AUTHORIZATION`)
};

/**
* | output |
* | --- |
* | "AUTHORIZATION" |
*
* @param {Glossary_Authorizationforms1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_authorizationforms1 = /** @type {((inputs?: Glossary_Authorizationforms1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Authorizationforms1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_authorizationforms1(inputs)
	if (locale === "de") return de_glossary_authorizationforms1(inputs)
	return en_glossary_authorizationforms1(inputs)
});
export { glossary_authorizationforms1 as "glossary_authorizationForms" }