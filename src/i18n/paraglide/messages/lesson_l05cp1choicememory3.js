/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L05cp1choicememory3Inputs */

const en_lesson_l05cp1choicememory3 = /** @type {(inputs: Lesson_L05cp1choicememory3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Only in memory: the write to disk has not finished.`)
};

const es_lesson_l05cp1choicememory3 = /** @type {(inputs: Lesson_L05cp1choicememory3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Solo en memoria: la escritura en disco aún no ha terminado.`)
};

const de_lesson_l05cp1choicememory3 = /** @type {(inputs: Lesson_L05cp1choicememory3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nur im Arbeitsspeicher: Das Schreiben auf die Festplatte ist noch nicht fertig.`)
};

/**
* | output |
* | --- |
* | "Only in memory: the write to disk has not finished." |
*
* @param {Lesson_L05cp1choicememory3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l05cp1choicememory3 = /** @type {((inputs?: Lesson_L05cp1choicememory3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L05cp1choicememory3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l05cp1choicememory3(inputs)
	if (locale === "de") return de_lesson_l05cp1choicememory3(inputs)
	return en_lesson_l05cp1choicememory3(inputs)
});
export { lesson_l05cp1choicememory3 as "lesson_l05Cp1ChoiceMemory" }