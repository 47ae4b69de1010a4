/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L05cp1spoilers2Inputs */

const en_lesson_l05cp1spoilers2 = /** @type {(inputs: Lesson_L05cp1spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`only in memory | not finished | volatile | unsafe`)
};

const es_lesson_l05cp1spoilers2 = /** @type {(inputs: Lesson_L05cp1spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`solo en memoria | aún no ha terminado | volátil | inseguro`)
};

const de_lesson_l05cp1spoilers2 = /** @type {(inputs: Lesson_L05cp1spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`nur im Arbeitsspeicher | noch nicht fertig | flüchtig | unsicher`)
};

/**
* | output |
* | --- |
* | "only in memory \| not finished \| volatile \| unsafe" |
*
* @param {Lesson_L05cp1spoilers2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l05cp1spoilers2 = /** @type {((inputs?: Lesson_L05cp1spoilers2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L05cp1spoilers2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l05cp1spoilers2(inputs)
	if (locale === "de") return de_lesson_l05cp1spoilers2(inputs)
	return en_lesson_l05cp1spoilers2(inputs)
});
export { lesson_l05cp1spoilers2 as "lesson_l05Cp1Spoilers" }