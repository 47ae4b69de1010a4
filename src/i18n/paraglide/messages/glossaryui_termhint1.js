/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossaryui_Termhint1Inputs */

const en_glossaryui_termhint1 = /** @type {(inputs: Glossaryui_Termhint1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`glossary term`)
};

const es_glossaryui_termhint1 = /** @type {(inputs: Glossaryui_Termhint1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`término del glosario`)
};

const de_glossaryui_termhint1 = /** @type {(inputs: Glossaryui_Termhint1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Glossarbegriff`)
};

/**
* | output |
* | --- |
* | "glossary term" |
*
* @param {Glossaryui_Termhint1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossaryui_termhint1 = /** @type {((inputs?: Glossaryui_Termhint1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossaryui_Termhint1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossaryui_termhint1(inputs)
	if (locale === "de") return de_glossaryui_termhint1(inputs)
	return en_glossaryui_termhint1(inputs)
});
export { glossaryui_termhint1 as "glossaryui_termHint" }