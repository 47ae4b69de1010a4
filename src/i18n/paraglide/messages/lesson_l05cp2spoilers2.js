/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L05cp2spoilers2Inputs */

const en_lesson_l05cp2spoilers2 = /** @type {(inputs: Lesson_L05cp2spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`lost | loss | last copy | die with`)
};

const es_lesson_l05cp2spoilers2 = /** @type {(inputs: Lesson_L05cp2spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`pérdida | perdido | pierde | última copia | mueren con`)
};

const de_lesson_l05cp2spoilers2 = /** @type {(inputs: Lesson_L05cp2spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`verloren | Verlust | verliert | letzte Kopie | sterben mit`)
};

/**
* | output |
* | --- |
* | "lost \| loss \| last copy \| die with" |
*
* @param {Lesson_L05cp2spoilers2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l05cp2spoilers2 = /** @type {((inputs?: Lesson_L05cp2spoilers2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L05cp2spoilers2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l05cp2spoilers2(inputs)
	if (locale === "de") return de_lesson_l05cp2spoilers2(inputs)
	return en_lesson_l05cp2spoilers2(inputs)
});
export { lesson_l05cp2spoilers2 as "lesson_l05Cp2Spoilers" }