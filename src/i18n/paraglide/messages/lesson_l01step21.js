/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L01step21Inputs */

const en_lesson_l01step21 = /** @type {(inputs: Lesson_L01step21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Type USER alice, then PASS tanstaaf. The server locks the maildrop and enters TRANSACTION.`)
};

const es_lesson_l01step21 = /** @type {(inputs: Lesson_L01step21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Escribe USER alice y después PASS tanstaaf. El servidor bloquea el buzón y pasa a TRANSACTION.`)
};

const de_lesson_l01step21 = /** @type {(inputs: Lesson_L01step21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tippe USER alice, dann PASS tanstaaf. Der Server sperrt das Postfach und wechselt nach TRANSACTION.`)
};

/**
* | output |
* | --- |
* | "Type USER alice, then PASS tanstaaf. The server locks the maildrop and enters TRANSACTION." |
*
* @param {Lesson_L01step21Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l01step21 = /** @type {((inputs?: Lesson_L01step21Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L01step21Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l01step21(inputs)
	if (locale === "de") return de_lesson_l01step21(inputs)
	return en_lesson_l01step21(inputs)
});
export { lesson_l01step21 as "lesson_l01Step2" }