/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L01cp2spoilers2Inputs */

const en_lesson_l01cp2spoilers2 = /** @type {(inputs: Lesson_L01cp2spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`lost | no copy | no complete copy | keeps nothing`)
};

const es_lesson_l01cp2spoilers2 = /** @type {(inputs: Lesson_L01cp2spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`perdido | ninguna copia | no conserva nada`)
};

const de_lesson_l01cp2spoilers2 = /** @type {(inputs: Lesson_L01cp2spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`verloren | keine Kopie | vollständige Kopie | behält der Server nichts`)
};

/**
* | output |
* | --- |
* | "lost \| no copy \| no complete copy \| keeps nothing" |
*
* @param {Lesson_L01cp2spoilers2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l01cp2spoilers2 = /** @type {((inputs?: Lesson_L01cp2spoilers2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L01cp2spoilers2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l01cp2spoilers2(inputs)
	if (locale === "de") return de_lesson_l01cp2spoilers2(inputs)
	return en_lesson_l01cp2spoilers2(inputs)
});
export { lesson_l01cp2spoilers2 as "lesson_l01Cp2Spoilers" }