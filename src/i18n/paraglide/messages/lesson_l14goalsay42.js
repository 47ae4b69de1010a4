/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L14goalsay42Inputs */

const en_lesson_l14goalsay42 = /** @type {(inputs: Lesson_L14goalsay42Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A message was lost. Follow the new message from its arrival to the end.`)
};

const es_lesson_l14goalsay42 = /** @type {(inputs: Lesson_L14goalsay42Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Se perdió un mensaje. Sigue al mensaje nuevo desde que llega hasta el final.`)
};

const de_lesson_l14goalsay42 = /** @type {(inputs: Lesson_L14goalsay42Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Eine Nachricht ist verloren gegangen. Verfolge die neue Nachricht von ihrer Ankunft bis zum Ende.`)
};

/**
* | output |
* | --- |
* | "A message was lost. Follow the new message from its arrival to the end." |
*
* @param {Lesson_L14goalsay42Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l14goalsay42 = /** @type {((inputs?: Lesson_L14goalsay42Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L14goalsay42Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l14goalsay42(inputs)
	if (locale === "de") return de_lesson_l14goalsay42(inputs)
	return en_lesson_l14goalsay42(inputs)
});
export { lesson_l14goalsay42 as "lesson_l14GoalSay4" }