/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L14title1Inputs */

const en_lesson_l14title1 = /** @type {(inputs: Lesson_L14title1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`New mail during a session, and next session's numbers`)
};

const es_lesson_l14title1 = /** @type {(inputs: Lesson_L14title1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Correo nuevo durante una sesión, y los números de la sesión siguiente`)
};

const de_lesson_l14title1 = /** @type {(inputs: Lesson_L14title1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Neue Mail während einer Sitzung und die Nummern der nächsten Sitzung`)
};

/**
* | output |
* | --- |
* | "New mail during a session, and next session's numbers" |
*
* @param {Lesson_L14title1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l14title1 = /** @type {((inputs?: Lesson_L14title1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L14title1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l14title1(inputs)
	if (locale === "de") return de_lesson_l14title1(inputs)
	return en_lesson_l14title1(inputs)
});
export { lesson_l14title1 as "lesson_l14Title" }