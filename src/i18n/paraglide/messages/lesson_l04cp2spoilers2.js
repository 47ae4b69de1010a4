/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L04cp2spoilers2Inputs */

const en_lesson_l04cp2spoilers2 = /** @type {(inputs: Lesson_L04cp2spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`empty maildrop | exactly once`)
};

const es_lesson_l04cp2spoilers2 = /** @type {(inputs: Lesson_L04cp2spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`buzón vacío | exactamente una vez`)
};

const de_lesson_l04cp2spoilers2 = /** @type {(inputs: Lesson_L04cp2spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`leeres Postfach | genau einmal`)
};

/**
* | output |
* | --- |
* | "empty maildrop \| exactly once" |
*
* @param {Lesson_L04cp2spoilers2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l04cp2spoilers2 = /** @type {((inputs?: Lesson_L04cp2spoilers2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L04cp2spoilers2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l04cp2spoilers2(inputs)
	if (locale === "de") return de_lesson_l04cp2spoilers2(inputs)
	return en_lesson_l04cp2spoilers2(inputs)
});
export { lesson_l04cp2spoilers2 as "lesson_l04Cp2Spoilers" }