/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Authorizationterm1Inputs */

const en_glossary_authorizationterm1 = /** @type {(inputs: Glossary_Authorizationterm1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`AUTHORIZATION`)
};

const es_glossary_authorizationterm1 = /** @type {(inputs: Glossary_Authorizationterm1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`AUTHORIZATION`)
};

const de_glossary_authorizationterm1 = /** @type {(inputs: Glossary_Authorizationterm1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`AUTHORIZATION`)
};

/**
* | output |
* | --- |
* | "AUTHORIZATION" |
*
* @param {Glossary_Authorizationterm1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_authorizationterm1 = /** @type {((inputs?: Glossary_Authorizationterm1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Authorizationterm1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_authorizationterm1(inputs)
	if (locale === "de") return de_glossary_authorizationterm1(inputs)
	return en_glossary_authorizationterm1(inputs)
});
export { glossary_authorizationterm1 as "glossary_authorizationTerm" }