/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L04summary1Inputs */

const en_lesson_l04summary1 = /** @type {(inputs: Lesson_L04summary1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`QUIT reaches the server, and then the connection dies before the server's +OK gets back to the laptop. The laptop cannot tell what happened. Work out what the server did, and what the laptop finds when it polls again (failure catalogue F5).`)
};

/** @type {(inputs: Lesson_L04summary1Inputs) => LocalizedString} */
const es_lesson_l04summary1 = en_lesson_l04summary1;

/** @type {(inputs: Lesson_L04summary1Inputs) => LocalizedString} */
const de_lesson_l04summary1 = en_lesson_l04summary1;

/**
* | output |
* | --- |
* | "QUIT reaches the server, and then the connection dies before the server's +OK gets back to the laptop. The laptop cannot tell what happened. Work out what th..." |
*
* @param {Lesson_L04summary1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l04summary1 = /** @type {((inputs?: Lesson_L04summary1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L04summary1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l04summary1(inputs)
	if (locale === "de") return de_lesson_l04summary1(inputs)
	return en_lesson_l04summary1(inputs)
});
export { lesson_l04summary1 as "lesson_l04Summary" }