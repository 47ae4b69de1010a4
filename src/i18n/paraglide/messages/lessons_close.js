/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lessons_CloseInputs */

const en_lessons_close = /** @type {(inputs: Lessons_CloseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Back to the list`)
};

const es_lessons_close = /** @type {(inputs: Lessons_CloseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Volver a la lista`)
};

const de_lessons_close = /** @type {(inputs: Lessons_CloseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zurück zur Liste`)
};

/**
* | output |
* | --- |
* | "Back to the list" |
*
* @param {Lessons_CloseInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const lessons_close = /** @type {((inputs?: Lessons_CloseInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lessons_CloseInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lessons_close(inputs)
	if (locale === "de") return de_lessons_close(inputs)
	return en_lessons_close(inputs)
});