/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Describe_Deliveredserver1Inputs */

const en_describe_deliveredserver1 = /** @type {(inputs: Describe_Deliveredserver1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server has received all of it.`)
};

const es_describe_deliveredserver1 = /** @type {(inputs: Describe_Deliveredserver1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El servidor lo ha recibido todo.`)
};

const de_describe_deliveredserver1 = /** @type {(inputs: Describe_Deliveredserver1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server hat alles empfangen.`)
};

/**
* | output |
* | --- |
* | "The server has received all of it." |
*
* @param {Describe_Deliveredserver1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const describe_deliveredserver1 = /** @type {((inputs?: Describe_Deliveredserver1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Describe_Deliveredserver1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_describe_deliveredserver1(inputs)
	if (locale === "de") return de_describe_deliveredserver1(inputs)
	return en_describe_deliveredserver1(inputs)
});
export { describe_deliveredserver1 as "describe_deliveredServer" }