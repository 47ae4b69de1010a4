/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L14step21Inputs */

const en_lesson_l14step21 = /** @type {(inputs: Lesson_L14step21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Watch the server's maildrop between the two sessions.`)
};

const es_lesson_l14step21 = /** @type {(inputs: Lesson_L14step21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Observa el buzón del servidor entre las dos sesiones.`)
};

const de_lesson_l14step21 = /** @type {(inputs: Lesson_L14step21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Beobachte das Postfach auf dem Server zwischen den beiden Sitzungen.`)
};

/**
* | output |
* | --- |
* | "Watch the server's maildrop between the two sessions." |
*
* @param {Lesson_L14step21Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l14step21 = /** @type {((inputs?: Lesson_L14step21Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L14step21Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l14step21(inputs)
	if (locale === "de") return de_lesson_l14step21(inputs)
	return en_lesson_l14step21(inputs)
});
export { lesson_l14step21 as "lesson_l14Step2" }