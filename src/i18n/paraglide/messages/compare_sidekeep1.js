/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Compare_Sidekeep1Inputs */

const en_compare_sidekeep1 = /** @type {(inputs: Compare_Sidekeep1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Leave on server`)
};

const es_compare_sidekeep1 = /** @type {(inputs: Compare_Sidekeep1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dejar en el servidor`)
};

const de_compare_sidekeep1 = /** @type {(inputs: Compare_Sidekeep1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Auf dem Server lassen`)
};

/**
* | output |
* | --- |
* | "Leave on server" |
*
* @param {Compare_Sidekeep1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const compare_sidekeep1 = /** @type {((inputs?: Compare_Sidekeep1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_Sidekeep1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_compare_sidekeep1(inputs)
	if (locale === "de") return de_compare_sidekeep1(inputs)
	return en_compare_sidekeep1(inputs)
});
export { compare_sidekeep1 as "compare_sideKeep" }