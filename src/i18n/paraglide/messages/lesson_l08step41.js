/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L08step41Inputs */

const en_lesson_l08step41 = /** @type {(inputs: Lesson_L08step41Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Watch the server's maildrop again.`)
};

const es_lesson_l08step41 = /** @type {(inputs: Lesson_L08step41Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vuelve a observar el buzón del servidor.`)
};

const de_lesson_l08step41 = /** @type {(inputs: Lesson_L08step41Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Beobachte wieder das Postfach auf dem Server.`)
};

/**
* | output |
* | --- |
* | "Watch the server's maildrop again." |
*
* @param {Lesson_L08step41Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l08step41 = /** @type {((inputs?: Lesson_L08step41Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L08step41Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l08step41(inputs)
	if (locale === "de") return de_lesson_l08step41(inputs)
	return en_lesson_l08step41(inputs)
});
export { lesson_l08step41 as "lesson_l08Step4" }