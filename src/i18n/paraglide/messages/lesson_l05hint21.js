/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L05hint21Inputs */

const en_lesson_l05hint21 = /** @type {(inputs: Lesson_L05hint21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wait for the server's "+OK ... signing off", then crash before the disk writes finish.`)
};

/** @type {(inputs: Lesson_L05hint21Inputs) => LocalizedString} */
const es_lesson_l05hint21 = en_lesson_l05hint21;

/** @type {(inputs: Lesson_L05hint21Inputs) => LocalizedString} */
const de_lesson_l05hint21 = en_lesson_l05hint21;

/**
* | output |
* | --- |
* | "Wait for the server's \"+OK ... signing off\", then crash before the disk writes finish." |
*
* @param {Lesson_L05hint21Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l05hint21 = /** @type {((inputs?: Lesson_L05hint21Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L05hint21Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l05hint21(inputs)
	if (locale === "de") return de_lesson_l05hint21(inputs)
	return en_lesson_l05hint21(inputs)
});
export { lesson_l05hint21 as "lesson_l05Hint2" }