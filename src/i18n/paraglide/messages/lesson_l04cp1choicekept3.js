/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L04cp1choicekept3Inputs */

const en_lesson_l04cp1choicekept3 = /** @type {(inputs: Lesson_L04cp1choicekept3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`They are kept: the client never confirmed that it saw the +OK.`)
};

/** @type {(inputs: Lesson_L04cp1choicekept3Inputs) => LocalizedString} */
const es_lesson_l04cp1choicekept3 = en_lesson_l04cp1choicekept3;

/** @type {(inputs: Lesson_L04cp1choicekept3Inputs) => LocalizedString} */
const de_lesson_l04cp1choicekept3 = en_lesson_l04cp1choicekept3;

/**
* | output |
* | --- |
* | "They are kept: the client never confirmed that it saw the +OK." |
*
* @param {Lesson_L04cp1choicekept3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l04cp1choicekept3 = /** @type {((inputs?: Lesson_L04cp1choicekept3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L04cp1choicekept3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l04cp1choicekept3(inputs)
	if (locale === "de") return de_lesson_l04cp1choicekept3(inputs)
	return en_lesson_l04cp1choicekept3(inputs)
});
export { lesson_l04cp1choicekept3 as "lesson_l04Cp1ChoiceKept" }