/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L11goalsay32Inputs */

const en_lesson_l11goalsay32 = /** @type {(inputs: Lesson_L11goalsay32Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A device got a message twice: each should get it once.`)
};

const es_lesson_l11goalsay32 = /** @type {(inputs: Lesson_L11goalsay32Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Un dispositivo recibió un mensaje dos veces: cada uno debería recibirlo una sola vez.`)
};

const de_lesson_l11goalsay32 = /** @type {(inputs: Lesson_L11goalsay32Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ein Gerät hat eine Nachricht doppelt bekommen: Jedes soll sie genau einmal bekommen.`)
};

/**
* | output |
* | --- |
* | "A device got a message twice: each should get it once." |
*
* @param {Lesson_L11goalsay32Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l11goalsay32 = /** @type {((inputs?: Lesson_L11goalsay32Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L11goalsay32Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l11goalsay32(inputs)
	if (locale === "de") return de_lesson_l11goalsay32(inputs)
	return en_lesson_l11goalsay32(inputs)
});
export { lesson_l11goalsay32 as "lesson_l11GoalSay3" }