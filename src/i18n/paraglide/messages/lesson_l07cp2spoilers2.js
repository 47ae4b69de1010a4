/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L07cp2spoilers2Inputs */

const en_lesson_l07cp2spoilers2 = /** @type {(inputs: Lesson_L07cp2spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`no longer on the server | only mail that arrived`)
};

const es_lesson_l07cp2spoilers2 = /** @type {(inputs: Lesson_L07cp2spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ya no está en el servidor | solo el correo que haya llegado`)
};

const de_lesson_l07cp2spoilers2 = /** @type {(inputs: Lesson_L07cp2spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`nicht mehr auf dem Server | nur Mail, die seitdem`)
};

/**
* | output |
* | --- |
* | "no longer on the server \| only mail that arrived" |
*
* @param {Lesson_L07cp2spoilers2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l07cp2spoilers2 = /** @type {((inputs?: Lesson_L07cp2spoilers2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L07cp2spoilers2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l07cp2spoilers2(inputs)
	if (locale === "de") return de_lesson_l07cp2spoilers2(inputs)
	return en_lesson_l07cp2spoilers2(inputs)
});
export { lesson_l07cp2spoilers2 as "lesson_l07Cp2Spoilers" }