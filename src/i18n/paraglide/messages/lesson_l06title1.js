/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L06title1Inputs */

const en_lesson_l06title1 = /** @type {(inputs: Lesson_L06title1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Leave on server with UIDL`)
};

const es_lesson_l06title1 = /** @type {(inputs: Lesson_L06title1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dejar en el servidor, con UIDL`)
};

const de_lesson_l06title1 = /** @type {(inputs: Lesson_L06title1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Auf dem Server lassen, mit UIDL`)
};

/**
* | output |
* | --- |
* | "Leave on server with UIDL" |
*
* @param {Lesson_L06title1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l06title1 = /** @type {((inputs?: Lesson_L06title1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L06title1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l06title1(inputs)
	if (locale === "de") return de_lesson_l06title1(inputs)
	return en_lesson_l06title1(inputs)
});
export { lesson_l06title1 as "lesson_l06Title" }