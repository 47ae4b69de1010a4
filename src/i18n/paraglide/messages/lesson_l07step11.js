/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L07step11Inputs */

const en_lesson_l07step11 = /** @type {(inputs: Lesson_L07step11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Press Play and watch the commands of the second poll.`)
};

const es_lesson_l07step11 = /** @type {(inputs: Lesson_L07step11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pulsa Reproducir y observa las órdenes de la segunda consulta.`)
};

const de_lesson_l07step11 = /** @type {(inputs: Lesson_L07step11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Drücke Abspielen und achte auf die Befehle des zweiten Abrufs.`)
};

/**
* | output |
* | --- |
* | "Press Play and watch the commands of the second poll." |
*
* @param {Lesson_L07step11Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l07step11 = /** @type {((inputs?: Lesson_L07step11Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L07step11Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l07step11(inputs)
	if (locale === "de") return de_lesson_l07step11(inputs)
	return en_lesson_l07step11(inputs)
});
export { lesson_l07step11 as "lesson_l07Step1" }