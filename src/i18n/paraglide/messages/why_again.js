/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ device: NonNullable<unknown>, session: NonNullable<unknown> }} Why_AgainInputs */

const en_why_again = /** @type {(inputs: Why_AgainInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} retrieved it again in session ${i?.session}`)
};

const es_why_again = /** @type {(inputs: Why_AgainInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} lo volvió a descargar en la sesión ${i?.session}`)
};

const de_why_again = /** @type {(inputs: Why_AgainInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} hat sie in Sitzung ${i?.session} noch einmal abgerufen`)
};

/**
* | output |
* | --- |
* | "{device} retrieved it again in session {session}" |
*
* @param {Why_AgainInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const why_again = /** @type {((inputs: Why_AgainInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Why_AgainInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_why_again(inputs)
	if (locale === "de") return de_why_again(inputs)
	return en_why_again(inputs)
});