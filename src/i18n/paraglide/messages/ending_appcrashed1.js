/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Ending_Appcrashed1Inputs */

const en_ending_appcrashed1 = /** @type {(inputs: Ending_Appcrashed1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the client app crashed`)
};

const es_ending_appcrashed1 = /** @type {(inputs: Ending_Appcrashed1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`el programa cliente se colgó`)
};

const de_ending_appcrashed1 = /** @type {(inputs: Ending_Appcrashed1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`das Mailprogramm ist abgestürzt`)
};

/**
* | output |
* | --- |
* | "the client app crashed" |
*
* @param {Ending_Appcrashed1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const ending_appcrashed1 = /** @type {((inputs?: Ending_Appcrashed1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Ending_Appcrashed1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_ending_appcrashed1(inputs)
	if (locale === "de") return de_ending_appcrashed1(inputs)
	return en_ending_appcrashed1(inputs)
});
export { ending_appcrashed1 as "ending_appCrashed" }