/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L08title1Inputs */

const en_lesson_l08title1 = /** @type {(inputs: Lesson_L08title1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`History: POP2 ACKD and POP1 RDEL/RCVD`)
};

const es_lesson_l08title1 = /** @type {(inputs: Lesson_L08title1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Historia: ACKD de POP2 y RDEL/RCVD de POP1`)
};

const de_lesson_l08title1 = /** @type {(inputs: Lesson_L08title1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Geschichte: ACKD bei POP2, RDEL/RCVD bei POP1`)
};

/**
* | output |
* | --- |
* | "History: POP2 ACKD and POP1 RDEL/RCVD" |
*
* @param {Lesson_L08title1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l08title1 = /** @type {((inputs?: Lesson_L08title1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L08title1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l08title1(inputs)
	if (locale === "de") return de_lesson_l08title1(inputs)
	return en_lesson_l08title1(inputs)
});
export { lesson_l08title1 as "lesson_l08Title" }