/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ device: NonNullable<unknown> }} Describe_Lockreleased1Inputs */

const en_describe_lockreleased1 = /** @type {(inputs: Describe_Lockreleased1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Maildrop lock: released (${i?.device}).`)
};

const es_describe_lockreleased1 = /** @type {(inputs: Describe_Lockreleased1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Bloqueo del buzón: liberado (${i?.device}).`)
};

const de_describe_lockreleased1 = /** @type {(inputs: Describe_Lockreleased1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Sperre des Postfachs: freigegeben (${i?.device}).`)
};

/**
* | output |
* | --- |
* | "Maildrop lock: released ({device})." |
*
* @param {Describe_Lockreleased1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const describe_lockreleased1 = /** @type {((inputs: Describe_Lockreleased1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Describe_Lockreleased1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_describe_lockreleased1(inputs)
	if (locale === "de") return de_describe_lockreleased1(inputs)
	return en_describe_lockreleased1(inputs)
});
export { describe_lockreleased1 as "describe_lockReleased" }