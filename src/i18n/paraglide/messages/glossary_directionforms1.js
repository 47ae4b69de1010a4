/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Directionforms1Inputs */

const en_glossary_directionforms1 = /** @type {(inputs: Glossary_Directionforms1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`client → server | server → client | server-to-client | client-to-server`)
};

const es_glossary_directionforms1 = /** @type {(inputs: Glossary_Directionforms1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`cliente → servidor | servidor → cliente`)
};

const de_glossary_directionforms1 = /** @type {(inputs: Glossary_Directionforms1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Client → Server | Server → Client`)
};

/**
* | output |
* | --- |
* | "client → server \| server → client \| server-to-client \| client-to-server" |
*
* @param {Glossary_Directionforms1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_directionforms1 = /** @type {((inputs?: Glossary_Directionforms1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Directionforms1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_directionforms1(inputs)
	if (locale === "de") return de_glossary_directionforms1(inputs)
	return en_glossary_directionforms1(inputs)
});
export { glossary_directionforms1 as "glossary_directionForms" }