/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Explain_Whathappened1Inputs */

const en_explain_whathappened1 = /** @type {(inputs: Explain_Whathappened1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What happened`)
};

const es_explain_whathappened1 = /** @type {(inputs: Explain_Whathappened1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Qué ha pasado`)
};

const de_explain_whathappened1 = /** @type {(inputs: Explain_Whathappened1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Was passiert ist`)
};

/**
* | output |
* | --- |
* | "What happened" |
*
* @param {Explain_Whathappened1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const explain_whathappened1 = /** @type {((inputs?: Explain_Whathappened1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Explain_Whathappened1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_explain_whathappened1(inputs)
	if (locale === "de") return de_explain_whathappened1(inputs)
	return en_explain_whathappened1(inputs)
});
export { explain_whathappened1 as "explain_whatHappened" }