/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ command: NonNullable<unknown>, line: NonNullable<unknown> }} Ending_Loginfailed1Inputs */

const en_ending_loginfailed1 = /** @type {(inputs: Ending_Loginfailed1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`login failed at ${i?.command}: ${i?.line}`)
};

const es_ending_loginfailed1 = /** @type {(inputs: Ending_Loginfailed1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`falló el inicio de sesión en ${i?.command}: ${i?.line}`)
};

const de_ending_loginfailed1 = /** @type {(inputs: Ending_Loginfailed1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Anmeldung bei ${i?.command} fehlgeschlagen: ${i?.line}`)
};

/**
* | output |
* | --- |
* | "login failed at {command}: {line}" |
*
* @param {Ending_Loginfailed1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const ending_loginfailed1 = /** @type {((inputs: Ending_Loginfailed1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Ending_Loginfailed1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_ending_loginfailed1(inputs)
	if (locale === "de") return de_ending_loginfailed1(inputs)
	return en_ending_loginfailed1(inputs)
});
export { ending_loginfailed1 as "ending_loginFailed" }