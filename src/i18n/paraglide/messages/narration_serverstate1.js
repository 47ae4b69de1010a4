/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ from: NonNullable<unknown>, to: NonNullable<unknown> }} Narration_Serverstate1Inputs */

const en_narration_serverstate1 = /** @type {(inputs: Narration_Serverstate1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The server session moves from ${i?.from} to ${i?.to}.`)
};

const es_narration_serverstate1 = /** @type {(inputs: Narration_Serverstate1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La sesión del servidor pasa de ${i?.from} a ${i?.to}.`)
};

const de_narration_serverstate1 = /** @type {(inputs: Narration_Serverstate1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Die Sitzung des Servers wechselt von ${i?.from} nach ${i?.to}.`)
};

/**
* | output |
* | --- |
* | "The server session moves from {from} to {to}." |
*
* @param {Narration_Serverstate1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_serverstate1 = /** @type {((inputs: Narration_Serverstate1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Serverstate1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_serverstate1(inputs)
	if (locale === "de") return de_narration_serverstate1(inputs)
	return en_narration_serverstate1(inputs)
});
export { narration_serverstate1 as "narration_serverState" }