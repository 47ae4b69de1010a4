/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L07summary1Inputs */

const en_lesson_l07summary1 = /** @type {(inputs: Lesson_L07summary1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This client leaves mail on the server but never sends UIDL. It polls twice. Predict what the second poll downloads, then find the one Retention setting in which it gets each message exactly once. (Thunderbird refuses to leave mail on a server that does not offer UIDL; this lesson is the other side: a server that offers it, and a client that never asks.)`)
};

/** @type {(inputs: Lesson_L07summary1Inputs) => LocalizedString} */
const es_lesson_l07summary1 = en_lesson_l07summary1;

/** @type {(inputs: Lesson_L07summary1Inputs) => LocalizedString} */
const de_lesson_l07summary1 = en_lesson_l07summary1;

/**
* | output |
* | --- |
* | "This client leaves mail on the server but never sends UIDL. It polls twice. Predict what the second poll downloads, then find the one Retention setting in wh..." |
*
* @param {Lesson_L07summary1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l07summary1 = /** @type {((inputs?: Lesson_L07summary1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L07summary1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l07summary1(inputs)
	if (locale === "de") return de_lesson_l07summary1(inputs)
	return en_lesson_l07summary1(inputs)
});
export { lesson_l07summary1 as "lesson_l07Summary" }