/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Ending_Powerlost1Inputs */

const en_ending_powerlost1 = /** @type {(inputs: Ending_Powerlost1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the client device lost power`)
};

const es_ending_powerlost1 = /** @type {(inputs: Ending_Powerlost1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`el dispositivo cliente se quedó sin corriente`)
};

const de_ending_powerlost1 = /** @type {(inputs: Ending_Powerlost1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`das Gerät des Clients hat keinen Strom mehr`)
};

/**
* | output |
* | --- |
* | "the client device lost power" |
*
* @param {Ending_Powerlost1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const ending_powerlost1 = /** @type {((inputs?: Ending_Powerlost1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Ending_Powerlost1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_ending_powerlost1(inputs)
	if (locale === "de") return de_ending_powerlost1(inputs)
	return en_ending_powerlost1(inputs)
});
export { ending_powerlost1 as "ending_powerLost" }