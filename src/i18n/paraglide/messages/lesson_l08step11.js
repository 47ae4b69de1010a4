/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L08step11Inputs */

const en_lesson_l08step11 = /** @type {(inputs: Lesson_L08step11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Play the POP2 session: HELO logs in with user and password on one line; READ announces a length (=ccc), RETR sends the data, ACKD says "received, delete it".`)
};

/** @type {(inputs: Lesson_L08step11Inputs) => LocalizedString} */
const es_lesson_l08step11 = en_lesson_l08step11;

/** @type {(inputs: Lesson_L08step11Inputs) => LocalizedString} */
const de_lesson_l08step11 = en_lesson_l08step11;

/**
* | output |
* | --- |
* | "Play the POP2 session: HELO logs in with user and password on one line; READ announces a length (=ccc), RETR sends the data, ACKD says \"received, delete it\"." |
*
* @param {Lesson_L08step11Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l08step11 = /** @type {((inputs?: Lesson_L08step11Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L08step11Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l08step11(inputs)
	if (locale === "de") return de_lesson_l08step11(inputs)
	return en_lesson_l08step11(inputs)
});
export { lesson_l08step11 as "lesson_l08Step1" }