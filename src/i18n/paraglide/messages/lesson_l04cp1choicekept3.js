/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L04cp1choicekept3Inputs */

const en_lesson_l04cp1choicekept3 = /** @type {(inputs: Lesson_L04cp1choicekept3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`They are kept: the client never confirmed that it saw the +OK.`)
};

const es_lesson_l04cp1choicekept3 = /** @type {(inputs: Lesson_L04cp1choicekept3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Se conservan: el cliente nunca confirmó que hubiera visto el +OK.`)
};

const de_lesson_l04cp1choicekept3 = /** @type {(inputs: Lesson_L04cp1choicekept3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sie bleiben erhalten: Der Client hat nie bestätigt, dass er das +OK gesehen hat.`)
};

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