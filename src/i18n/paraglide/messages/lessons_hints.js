/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lessons_HintsInputs */

const en_lessons_hints = /** @type {(inputs: Lessons_HintsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hints`)
};

const es_lessons_hints = /** @type {(inputs: Lessons_HintsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pistas`)
};

const de_lessons_hints = /** @type {(inputs: Lessons_HintsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tipps`)
};

/**
* | output |
* | --- |
* | "Hints" |
*
* @param {Lessons_HintsInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const lessons_hints = /** @type {((inputs?: Lessons_HintsInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lessons_HintsInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lessons_hints(inputs)
	if (locale === "de") return de_lessons_hints(inputs)
	return en_lessons_hints(inputs)
});