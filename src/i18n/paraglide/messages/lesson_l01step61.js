/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L01step61Inputs */

const en_lesson_l01step61 = /** @type {(inputs: Lesson_L01step61Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Type QUIT and look at the maildrop again.`)
};

const es_lesson_l01step61 = /** @type {(inputs: Lesson_L01step61Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Escribe QUIT y vuelve a mirar el buzón.`)
};

const de_lesson_l01step61 = /** @type {(inputs: Lesson_L01step61Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tippe QUIT und sieh dir das Postfach noch einmal an.`)
};

/**
* | output |
* | --- |
* | "Type QUIT and look at the maildrop again." |
*
* @param {Lesson_L01step61Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l01step61 = /** @type {((inputs?: Lesson_L01step61Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L01step61Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l01step61(inputs)
	if (locale === "de") return de_lesson_l01step61(inputs)
	return en_lesson_l01step61(inputs)
});
export { lesson_l01step61 as "lesson_l01Step6" }