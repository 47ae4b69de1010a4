/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L07goalsay32Inputs */

const en_lesson_l07goalsay32 = /** @type {(inputs: Lesson_L07goalsay32Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Messages still arrive twice. Look at the Retention setting.`)
};

const es_lesson_l07goalsay32 = /** @type {(inputs: Lesson_L07goalsay32Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Siguen llegando mensajes dos veces. Fíjate en el ajuste Conservación.`)
};

const de_lesson_l07goalsay32 = /** @type {(inputs: Lesson_L07goalsay32Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nachrichten kommen immer noch doppelt an. Sieh dir die Einstellung Aufbewahrung an.`)
};

/**
* | output |
* | --- |
* | "Messages still arrive twice. Look at the Retention setting." |
*
* @param {Lesson_L07goalsay32Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l07goalsay32 = /** @type {((inputs?: Lesson_L07goalsay32Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L07goalsay32Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l07goalsay32(inputs)
	if (locale === "de") return de_lesson_l07goalsay32(inputs)
	return en_lesson_l07goalsay32(inputs)
});
export { lesson_l07goalsay32 as "lesson_l07GoalSay3" }