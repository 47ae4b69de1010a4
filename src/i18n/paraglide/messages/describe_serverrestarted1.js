/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Describe_Serverrestarted1Inputs */

const en_describe_serverrestarted1 = /** @type {(inputs: Describe_Serverrestarted1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server is back up.`)
};

const es_describe_serverrestarted1 = /** @type {(inputs: Describe_Serverrestarted1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El servidor vuelve a funcionar.`)
};

const de_describe_serverrestarted1 = /** @type {(inputs: Describe_Serverrestarted1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server läuft wieder.`)
};

/**
* | output |
* | --- |
* | "The server is back up." |
*
* @param {Describe_Serverrestarted1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const describe_serverrestarted1 = /** @type {((inputs?: Describe_Serverrestarted1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Describe_Serverrestarted1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_describe_serverrestarted1(inputs)
	if (locale === "de") return de_describe_serverrestarted1(inputs)
	return en_describe_serverrestarted1(inputs)
});
export { describe_serverrestarted1 as "describe_serverRestarted" }