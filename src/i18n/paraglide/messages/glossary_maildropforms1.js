/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Maildropforms1Inputs */

const en_glossary_maildropforms1 = /** @type {(inputs: Glossary_Maildropforms1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`maildrop | maildrops | mailbox`)
};

const es_glossary_maildropforms1 = /** @type {(inputs: Glossary_Maildropforms1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`buzón | buzones | buzón del servidor | maildrop`)
};

const de_glossary_maildropforms1 = /** @type {(inputs: Glossary_Maildropforms1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Postfach | Postfächer | Postfachs | maildrop`)
};

/**
* | output |
* | --- |
* | "maildrop \| maildrops \| mailbox" |
*
* @param {Glossary_Maildropforms1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_maildropforms1 = /** @type {((inputs?: Glossary_Maildropforms1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Maildropforms1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_maildropforms1(inputs)
	if (locale === "de") return de_glossary_maildropforms1(inputs)
	return en_glossary_maildropforms1(inputs)
});
export { glossary_maildropforms1 as "glossary_maildropForms" }