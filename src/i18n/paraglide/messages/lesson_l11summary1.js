/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L11summary1Inputs */

const en_lesson_l11summary1 = /** @type {(inputs: Lesson_L11summary1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The laptop runs a client set like Thunderbird's defaults: "Leave messages on server" for at most 14 days. The phone leaves everything on the server, but the user is away for 20 days and it does not poll meanwhile. Predict what each device ends up with, then try other client settings.`)
};

/** @type {(inputs: Lesson_L11summary1Inputs) => LocalizedString} */
const es_lesson_l11summary1 = en_lesson_l11summary1;

/** @type {(inputs: Lesson_L11summary1Inputs) => LocalizedString} */
const de_lesson_l11summary1 = en_lesson_l11summary1;

/**
* | output |
* | --- |
* | "The laptop runs a client set like Thunderbird's defaults: \"Leave messages on server\" for at most 14 days. The phone leaves everything on the server, but the ..." |
*
* @param {Lesson_L11summary1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l11summary1 = /** @type {((inputs?: Lesson_L11summary1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L11summary1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l11summary1(inputs)
	if (locale === "de") return de_lesson_l11summary1(inputs)
	return en_lesson_l11summary1(inputs)
});
export { lesson_l11summary1 as "lesson_l11Summary" }