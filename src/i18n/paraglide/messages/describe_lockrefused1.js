/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ device: NonNullable<unknown> }} Describe_Lockrefused1Inputs */

const en_describe_lockrefused1 = /** @type {(inputs: Describe_Lockrefused1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Maildrop lock: refused (${i?.device}).`)
};

const es_describe_lockrefused1 = /** @type {(inputs: Describe_Lockrefused1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Bloqueo del buzón: rechazado (${i?.device}).`)
};

const de_describe_lockrefused1 = /** @type {(inputs: Describe_Lockrefused1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Sperre des Postfachs: abgewiesen (${i?.device}).`)
};

/**
* | output |
* | --- |
* | "Maildrop lock: refused ({device})." |
*
* @param {Describe_Lockrefused1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const describe_lockrefused1 = /** @type {((inputs: Describe_Lockrefused1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Describe_Lockrefused1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_describe_lockrefused1(inputs)
	if (locale === "de") return de_describe_lockrefused1(inputs)
	return en_describe_lockrefused1(inputs)
});
export { describe_lockrefused1 as "describe_lockRefused" }