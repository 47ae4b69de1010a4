/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ message: NonNullable<unknown>, reason: NonNullable<unknown> }} Describe_RemovedInputs */

const en_describe_removed = /** @type {(inputs: Describe_RemovedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The server removes ${i?.message} (${i?.reason}).`)
};

const es_describe_removed = /** @type {(inputs: Describe_RemovedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El servidor elimina ${i?.message} (${i?.reason}).`)
};

const de_describe_removed = /** @type {(inputs: Describe_RemovedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Der Server entfernt ${i?.message} (${i?.reason}).`)
};

/**
* | output |
* | --- |
* | "The server removes {message} ({reason})." |
*
* @param {Describe_RemovedInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const describe_removed = /** @type {((inputs: Describe_RemovedInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Describe_RemovedInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_describe_removed(inputs)
	if (locale === "de") return de_describe_removed(inputs)
	return en_describe_removed(inputs)
});