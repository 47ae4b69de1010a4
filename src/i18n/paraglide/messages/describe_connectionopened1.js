/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ device: NonNullable<unknown> }} Describe_Connectionopened1Inputs */

const en_describe_connectionopened1 = /** @type {(inputs: Describe_Connectionopened1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} opens a connection to the server.`)
};

const es_describe_connectionopened1 = /** @type {(inputs: Describe_Connectionopened1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} abre una conexión con el servidor.`)
};

const de_describe_connectionopened1 = /** @type {(inputs: Describe_Connectionopened1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} öffnet eine Verbindung zum Server.`)
};

/**
* | output |
* | --- |
* | "{device} opens a connection to the server." |
*
* @param {Describe_Connectionopened1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const describe_connectionopened1 = /** @type {((inputs: Describe_Connectionopened1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Describe_Connectionopened1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_describe_connectionopened1(inputs)
	if (locale === "de") return de_describe_connectionopened1(inputs)
	return en_describe_connectionopened1(inputs)
});
export { describe_connectionopened1 as "describe_connectionOpened" }