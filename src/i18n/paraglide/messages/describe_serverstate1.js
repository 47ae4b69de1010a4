/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ from: NonNullable<unknown>, to: NonNullable<unknown> }} Describe_Serverstate1Inputs */

const en_describe_serverstate1 = /** @type {(inputs: Describe_Serverstate1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The server's session moves from ${i?.from} to ${i?.to}.`)
};

const es_describe_serverstate1 = /** @type {(inputs: Describe_Serverstate1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La sesión del servidor pasa de ${i?.from} a ${i?.to}.`)
};

const de_describe_serverstate1 = /** @type {(inputs: Describe_Serverstate1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Die Sitzung des Servers wechselt von ${i?.from} nach ${i?.to}.`)
};

/**
* | output |
* | --- |
* | "The server's session moves from {from} to {to}." |
*
* @param {Describe_Serverstate1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const describe_serverstate1 = /** @type {((inputs: Describe_Serverstate1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Describe_Serverstate1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_describe_serverstate1(inputs)
	if (locale === "de") return de_describe_serverstate1(inputs)
	return en_describe_serverstate1(inputs)
});
export { describe_serverstate1 as "describe_serverState" }