/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ device: NonNullable<unknown> }} Describe_Connectionrefused1Inputs */

const en_describe_connectionrefused1 = /** @type {(inputs: Describe_Connectionrefused1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The server is down: ${i?.device}'s connection is refused.`)
};

const es_describe_connectionrefused1 = /** @type {(inputs: Describe_Connectionrefused1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El servidor está caído: se rechaza la conexión de ${i?.device}.`)
};

const de_describe_connectionrefused1 = /** @type {(inputs: Describe_Connectionrefused1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Der Server ist ausgefallen: Die Verbindung von ${i?.device} wird abgewiesen.`)
};

/**
* | output |
* | --- |
* | "The server is down: {device}'s connection is refused." |
*
* @param {Describe_Connectionrefused1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const describe_connectionrefused1 = /** @type {((inputs: Describe_Connectionrefused1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Describe_Connectionrefused1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_describe_connectionrefused1(inputs)
	if (locale === "de") return de_describe_connectionrefused1(inputs)
	return en_describe_connectionrefused1(inputs)
});
export { describe_connectionrefused1 as "describe_connectionRefused" }