/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L11title1Inputs */

const en_lesson_l11title1 = /** @type {(inputs: Lesson_L11title1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What real mail clients do by default`)
};

const es_lesson_l11title1 = /** @type {(inputs: Lesson_L11title1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lo que hacen por defecto los clientes de correo de verdad`)
};

const de_lesson_l11title1 = /** @type {(inputs: Lesson_L11title1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Was echte Mailprogramme von Haus aus tun`)
};

/**
* | output |
* | --- |
* | "What real mail clients do by default" |
*
* @param {Lesson_L11title1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l11title1 = /** @type {((inputs?: Lesson_L11title1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L11title1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l11title1(inputs)
	if (locale === "de") return de_lesson_l11title1(inputs)
	return en_lesson_l11title1(inputs)
});
export { lesson_l11title1 as "lesson_l11Title" }