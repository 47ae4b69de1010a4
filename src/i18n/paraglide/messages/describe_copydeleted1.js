/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ message: NonNullable<unknown>, device: NonNullable<unknown> }} Describe_Copydeleted1Inputs */

const en_describe_copydeleted1 = /** @type {(inputs: Describe_Copydeleted1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The user deletes ${i?.message} on ${i?.device}.`)
};

const es_describe_copydeleted1 = /** @type {(inputs: Describe_Copydeleted1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El usuario borra ${i?.message} en ${i?.device}.`)
};

const de_describe_copydeleted1 = /** @type {(inputs: Describe_Copydeleted1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Der Benutzer löscht ${i?.message} auf ${i?.device}.`)
};

/**
* | output |
* | --- |
* | "The user deletes {message} on {device}." |
*
* @param {Describe_Copydeleted1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const describe_copydeleted1 = /** @type {((inputs: Describe_Copydeleted1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Describe_Copydeleted1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_describe_copydeleted1(inputs)
	if (locale === "de") return de_describe_copydeleted1(inputs)
	return en_describe_copydeleted1(inputs)
});
export { describe_copydeleted1 as "describe_copyDeleted" }