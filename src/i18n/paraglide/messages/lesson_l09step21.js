/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L09step21Inputs */

const en_lesson_l09step21 = /** @type {(inputs: Lesson_L09step21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Step to a RETR reply and read it too.`)
};

const es_lesson_l09step21 = /** @type {(inputs: Lesson_L09step21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Avanza hasta una respuesta a RETR y léela también.`)
};

const de_lesson_l09step21 = /** @type {(inputs: Lesson_L09step21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Geh weiter bis zu einer Antwort auf RETR und lies sie ebenfalls.`)
};

/**
* | output |
* | --- |
* | "Step to a RETR reply and read it too." |
*
* @param {Lesson_L09step21Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l09step21 = /** @type {((inputs?: Lesson_L09step21Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L09step21Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l09step21(inputs)
	if (locale === "de") return de_lesson_l09step21(inputs)
	return en_lesson_l09step21(inputs)
});
export { lesson_l09step21 as "lesson_l09Step2" }