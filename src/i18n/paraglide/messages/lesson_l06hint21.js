/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L06hint21Inputs */

const en_lesson_l06hint21 = /** @type {(inputs: Lesson_L06hint21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Look at the Retention setting.`)
};

const es_lesson_l06hint21 = /** @type {(inputs: Lesson_L06hint21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fíjate en el ajuste Conservación.`)
};

const de_lesson_l06hint21 = /** @type {(inputs: Lesson_L06hint21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sieh dir die Einstellung Aufbewahrung an.`)
};

/**
* | output |
* | --- |
* | "Look at the Retention setting." |
*
* @param {Lesson_L06hint21Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l06hint21 = /** @type {((inputs?: Lesson_L06hint21Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L06hint21Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l06hint21(inputs)
	if (locale === "de") return de_lesson_l06hint21(inputs)
	return en_lesson_l06hint21(inputs)
});
export { lesson_l06hint21 as "lesson_l06Hint2" }