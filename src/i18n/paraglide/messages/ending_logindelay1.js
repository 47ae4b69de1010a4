/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ line: NonNullable<unknown> }} Ending_Logindelay1Inputs */

const en_ending_logindelay1 = /** @type {(inputs: Ending_Logindelay1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`logged in too soon after the last session: ${i?.line}`)
};

const es_ending_logindelay1 = /** @type {(inputs: Ending_Logindelay1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`inicio de sesión demasiado pronto tras la última sesión: ${i?.line}`)
};

const de_ending_logindelay1 = /** @type {(inputs: Ending_Logindelay1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`zu früh nach der letzten Sitzung angemeldet: ${i?.line}`)
};

/**
* | output |
* | --- |
* | "logged in too soon after the last session: {line}" |
*
* @param {Ending_Logindelay1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const ending_logindelay1 = /** @type {((inputs: Ending_Logindelay1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Ending_Logindelay1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_ending_logindelay1(inputs)
	if (locale === "de") return de_ending_logindelay1(inputs)
	return en_ending_logindelay1(inputs)
});
export { ending_logindelay1 as "ending_loginDelay" }