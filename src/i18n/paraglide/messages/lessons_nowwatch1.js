/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lessons_Nowwatch1Inputs */

const en_lessons_nowwatch1 = /** @type {(inputs: Lessons_Nowwatch1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Now watch it:`)
};

const es_lessons_nowwatch1 = /** @type {(inputs: Lessons_Nowwatch1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ahora obsérvalo:`)
};

const de_lessons_nowwatch1 = /** @type {(inputs: Lessons_Nowwatch1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Jetzt sieh es dir an:`)
};

/**
* | output |
* | --- |
* | "Now watch it:" |
*
* @param {Lessons_Nowwatch1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lessons_nowwatch1 = /** @type {((inputs?: Lessons_Nowwatch1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lessons_Nowwatch1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lessons_nowwatch1(inputs)
	if (locale === "de") return de_lessons_nowwatch1(inputs)
	return en_lessons_nowwatch1(inputs)
});
export { lessons_nowwatch1 as "lessons_nowWatch" }