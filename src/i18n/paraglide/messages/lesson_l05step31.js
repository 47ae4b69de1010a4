/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L05step31Inputs */

const en_lesson_l05step31 = /** @type {(inputs: Lesson_L05step31Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Press "Crash client" there, then play to the end.`)
};

const es_lesson_l05step31 = /** @type {(inputs: Lesson_L05step31Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pulsa «Colgar el cliente» justo ahí y luego reproduce hasta el final.`)
};

const de_lesson_l05step31 = /** @type {(inputs: Lesson_L05step31Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Drücke genau dort „Client abstürzen lassen“ und spiel dann bis zum Ende ab.`)
};

/**
* | output |
* | --- |
* | "Press \"Crash client\" there, then play to the end." |
*
* @param {Lesson_L05step31Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l05step31 = /** @type {((inputs?: Lesson_L05step31Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L05step31Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l05step31(inputs)
	if (locale === "de") return de_lesson_l05step31(inputs)
	return en_lesson_l05step31(inputs)
});
export { lesson_l05step31 as "lesson_l05Step3" }