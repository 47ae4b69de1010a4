/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Dotstuffingforms2Inputs */

const en_glossary_dotstuffingforms2 = /** @type {(inputs: Glossary_Dotstuffingforms2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`dot-stuffing | byte-stuffed | dot-stuffed`)
};

const es_glossary_dotstuffingforms2 = /** @type {(inputs: Glossary_Dotstuffingforms2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`relleno de puntos | con relleno de puntos | punto de relleno`)
};

const de_glossary_dotstuffingforms2 = /** @type {(inputs: Glossary_Dotstuffingforms2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Punkt-Verdopplung | verdoppelten Punkten | verdoppelter Punkt | dot-stuffing`)
};

/**
* | output |
* | --- |
* | "dot-stuffing \| byte-stuffed \| dot-stuffed" |
*
* @param {Glossary_Dotstuffingforms2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_dotstuffingforms2 = /** @type {((inputs?: Glossary_Dotstuffingforms2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Dotstuffingforms2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_dotstuffingforms2(inputs)
	if (locale === "de") return de_glossary_dotstuffingforms2(inputs)
	return en_glossary_dotstuffingforms2(inputs)
});
export { glossary_dotstuffingforms2 as "glossary_dotStuffingForms" }