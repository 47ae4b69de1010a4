/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Lockforms1Inputs */

const en_glossary_lockforms1 = /** @type {(inputs: Glossary_Lockforms1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`lock | locks | locked`)
};

const es_glossary_lockforms1 = /** @type {(inputs: Glossary_Lockforms1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`bloqueo | bloqueos | bloqueado | bloqueada`)
};

const de_glossary_lockforms1 = /** @type {(inputs: Glossary_Lockforms1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sperre | Sperren | gesperrt`)
};

/**
* | output |
* | --- |
* | "lock \| locks \| locked" |
*
* @param {Glossary_Lockforms1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_lockforms1 = /** @type {((inputs?: Glossary_Lockforms1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Lockforms1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_lockforms1(inputs)
	if (locale === "de") return de_glossary_lockforms1(inputs)
	return en_glossary_lockforms1(inputs)
});
export { glossary_lockforms1 as "glossary_lockForms" }