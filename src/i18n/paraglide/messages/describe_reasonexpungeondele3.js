/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Describe_Reasonexpungeondele3Inputs */

const en_describe_reasonexpungeondele3 = /** @type {(inputs: Describe_Reasonexpungeondele3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`DELE expunges at once`)
};

const es_describe_reasonexpungeondele3 = /** @type {(inputs: Describe_Reasonexpungeondele3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`DELE borra en el acto`)
};

const de_describe_reasonexpungeondele3 = /** @type {(inputs: Describe_Reasonexpungeondele3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`DELE löscht sofort`)
};

/**
* | output |
* | --- |
* | "DELE expunges at once" |
*
* @param {Describe_Reasonexpungeondele3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const describe_reasonexpungeondele3 = /** @type {((inputs?: Describe_Reasonexpungeondele3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Describe_Reasonexpungeondele3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_describe_reasonexpungeondele3(inputs)
	if (locale === "de") return de_describe_reasonexpungeondele3(inputs)
	return en_describe_reasonexpungeondele3(inputs)
});
export { describe_reasonexpungeondele3 as "describe_reasonExpungeOnDele" }