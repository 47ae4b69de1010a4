/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ device: NonNullable<unknown> }} Describe_Locklocked1Inputs */

const en_describe_locklocked1 = /** @type {(inputs: Describe_Locklocked1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Maildrop lock: locked (${i?.device}).`)
};

const es_describe_locklocked1 = /** @type {(inputs: Describe_Locklocked1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Bloqueo del buzón: bloqueado (${i?.device}).`)
};

const de_describe_locklocked1 = /** @type {(inputs: Describe_Locklocked1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Sperre des Postfachs: gesperrt (${i?.device}).`)
};

/**
* | output |
* | --- |
* | "Maildrop lock: locked ({device})." |
*
* @param {Describe_Locklocked1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const describe_locklocked1 = /** @type {((inputs: Describe_Locklocked1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Describe_Locklocked1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_describe_locklocked1(inputs)
	if (locale === "de") return de_describe_locklocked1(inputs)
	return en_describe_locklocked1(inputs)
});
export { describe_locklocked1 as "describe_lockLocked" }