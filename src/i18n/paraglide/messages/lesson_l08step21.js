/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L08step21Inputs */

const en_lesson_l08step21 = /** @type {(inputs: Lesson_L08step21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Watch the server's maildrop: at which step does each message go?`)
};

const es_lesson_l08step21 = /** @type {(inputs: Lesson_L08step21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Observa el buzón del servidor: ¿en qué paso desaparece cada mensaje?`)
};

const de_lesson_l08step21 = /** @type {(inputs: Lesson_L08step21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Beobachte das Postfach auf dem Server: Bei welchem Schritt verschwindet jede Nachricht?`)
};

/**
* | output |
* | --- |
* | "Watch the server's maildrop: at which step does each message go?" |
*
* @param {Lesson_L08step21Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l08step21 = /** @type {((inputs?: Lesson_L08step21Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L08step21Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l08step21(inputs)
	if (locale === "de") return de_lesson_l08step21(inputs)
	return en_lesson_l08step21(inputs)
});
export { lesson_l08step21 as "lesson_l08Step2" }