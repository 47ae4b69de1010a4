/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ device: NonNullable<unknown> }} Describe_Delivereddevice1Inputs */

const en_describe_delivereddevice1 = /** @type {(inputs: Describe_Delivereddevice1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} has received all of it.`)
};

const es_describe_delivereddevice1 = /** @type {(inputs: Describe_Delivereddevice1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} lo ha recibido todo.`)
};

const de_describe_delivereddevice1 = /** @type {(inputs: Describe_Delivereddevice1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} hat alles empfangen.`)
};

/**
* | output |
* | --- |
* | "{device} has received all of it." |
*
* @param {Describe_Delivereddevice1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const describe_delivereddevice1 = /** @type {((inputs: Describe_Delivereddevice1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Describe_Delivereddevice1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_describe_delivereddevice1(inputs)
	if (locale === "de") return de_describe_delivereddevice1(inputs)
	return en_describe_delivereddevice1(inputs)
});
export { describe_delivereddevice1 as "describe_deliveredDevice" }