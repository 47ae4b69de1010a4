/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ line: NonNullable<unknown> }} Ending_Inuse1Inputs */

const en_ending_inuse1 = /** @type {(inputs: Ending_Inuse1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`the maildrop is in use by another session: ${i?.line}`)
};

const es_ending_inuse1 = /** @type {(inputs: Ending_Inuse1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`el buzón está en uso por otra sesión: ${i?.line}`)
};

const de_ending_inuse1 = /** @type {(inputs: Ending_Inuse1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`das Postfach wird von einer anderen Sitzung benutzt: ${i?.line}`)
};

/**
* | output |
* | --- |
* | "the maildrop is in use by another session: {line}" |
*
* @param {Ending_Inuse1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const ending_inuse1 = /** @type {((inputs: Ending_Inuse1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Ending_Inuse1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_ending_inuse1(inputs)
	if (locale === "de") return de_ending_inuse1(inputs)
	return en_ending_inuse1(inputs)
});
export { ending_inuse1 as "ending_inUse" }