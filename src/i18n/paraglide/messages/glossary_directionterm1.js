/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Directionterm1Inputs */

const en_glossary_directionterm1 = /** @type {(inputs: Glossary_Directionterm1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`client → server, server → client`)
};

const es_glossary_directionterm1 = /** @type {(inputs: Glossary_Directionterm1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`cliente → servidor, servidor → cliente`)
};

const de_glossary_directionterm1 = /** @type {(inputs: Glossary_Directionterm1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Client → Server, Server → Client`)
};

/**
* | output |
* | --- |
* | "client → server, server → client" |
*
* @param {Glossary_Directionterm1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_directionterm1 = /** @type {((inputs?: Glossary_Directionterm1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Directionterm1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_directionterm1(inputs)
	if (locale === "de") return de_glossary_directionterm1(inputs)
	return en_glossary_directionterm1(inputs)
});
export { glossary_directionterm1 as "glossary_directionTerm" }