/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ device: NonNullable<unknown> }} Describe_Connectionclosed1Inputs */

const en_describe_connectionclosed1 = /** @type {(inputs: Describe_Connectionclosed1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The connection of ${i?.device} closes normally.`)
};

const es_describe_connectionclosed1 = /** @type {(inputs: Describe_Connectionclosed1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La conexión de ${i?.device} se cierra con normalidad.`)
};

const de_describe_connectionclosed1 = /** @type {(inputs: Describe_Connectionclosed1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Die Verbindung von ${i?.device} wird normal geschlossen.`)
};

/**
* | output |
* | --- |
* | "The connection of {device} closes normally." |
*
* @param {Describe_Connectionclosed1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const describe_connectionclosed1 = /** @type {((inputs: Describe_Connectionclosed1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Describe_Connectionclosed1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_describe_connectionclosed1(inputs)
	if (locale === "de") return de_describe_connectionclosed1(inputs)
	return en_describe_connectionclosed1(inputs)
});
export { describe_connectionclosed1 as "describe_connectionClosed" }