/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L14hint11Inputs */

const en_lesson_l14hint11 = /** @type {(inputs: Lesson_L14hint11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Message numbers are given out afresh at each login, counting what is in the maildrop then.`)
};

const es_lesson_l14hint11 = /** @type {(inputs: Lesson_L14hint11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Los números de mensaje se reparten de nuevo en cada inicio de sesión, contando lo que hay en ese momento en el buzón.`)
};

const de_lesson_l14hint11 = /** @type {(inputs: Lesson_L14hint11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nachrichtennummern werden bei jeder Anmeldung neu vergeben; gezählt wird, was in diesem Moment im Postfach liegt.`)
};

/**
* | output |
* | --- |
* | "Message numbers are given out afresh at each login, counting what is in the maildrop then." |
*
* @param {Lesson_L14hint11Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l14hint11 = /** @type {((inputs?: Lesson_L14hint11Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L14hint11Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l14hint11(inputs)
	if (locale === "de") return de_lesson_l14hint11(inputs)
	return en_lesson_l14hint11(inputs)
});
export { lesson_l14hint11 as "lesson_l14Hint1" }