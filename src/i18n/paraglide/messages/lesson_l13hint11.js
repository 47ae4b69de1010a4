/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L13hint11Inputs */

const en_lesson_l13hint11 = /** @type {(inputs: Lesson_L13hint11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The Retention setting decides whether the laptop removes what it has read.`)
};

const es_lesson_l13hint11 = /** @type {(inputs: Lesson_L13hint11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El ajuste Conservación decide si el portátil elimina lo que ya ha leído.`)
};

const de_lesson_l13hint11 = /** @type {(inputs: Lesson_L13hint11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Einstellung Aufbewahrung entscheidet, ob der Laptop entfernt, was er gelesen hat.`)
};

/**
* | output |
* | --- |
* | "The Retention setting decides whether the laptop removes what it has read." |
*
* @param {Lesson_L13hint11Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l13hint11 = /** @type {((inputs?: Lesson_L13hint11Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L13hint11Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l13hint11(inputs)
	if (locale === "de") return de_lesson_l13hint11(inputs)
	return en_lesson_l13hint11(inputs)
});
export { lesson_l13hint11 as "lesson_l13Hint1" }