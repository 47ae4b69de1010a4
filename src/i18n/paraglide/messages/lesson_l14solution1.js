/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L14solution1Inputs */

const en_lesson_l14solution1 = /** @type {(inputs: Lesson_L14solution1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Let the phone delete by unique-id, as RFC 1939 §7 intends: "Lunch on Friday?" is already gone from the server, so it sends no DELE, and it downloads the new message. With DELE 1, the phone removed the new invoice, now message 1, which nobody had downloaded: lost.`)
};

/** @type {(inputs: Lesson_L14solution1Inputs) => LocalizedString} */
const es_lesson_l14solution1 = en_lesson_l14solution1;

/** @type {(inputs: Lesson_L14solution1Inputs) => LocalizedString} */
const de_lesson_l14solution1 = en_lesson_l14solution1;

/**
* | output |
* | --- |
* | "Let the phone delete by unique-id, as RFC 1939 §7 intends: \"Lunch on Friday?\" is already gone from the server, so it sends no DELE, and it downloads the new ..." |
*
* @param {Lesson_L14solution1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l14solution1 = /** @type {((inputs?: Lesson_L14solution1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L14solution1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l14solution1(inputs)
	if (locale === "de") return de_lesson_l14solution1(inputs)
	return en_lesson_l14solution1(inputs)
});
export { lesson_l14solution1 as "lesson_l14Solution" }