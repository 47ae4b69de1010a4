/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L05cp2choicedup3Inputs */

const en_lesson_l05cp2choicedup3 = /** @type {(inputs: Lesson_L05cp2choicedup3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Duplicates: the next poll downloads them again.`)
};

const es_lesson_l05cp2choicedup3 = /** @type {(inputs: Lesson_L05cp2choicedup3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Duplicados: la siguiente consulta los vuelve a descargar.`)
};

const de_lesson_l05cp2choicedup3 = /** @type {(inputs: Lesson_L05cp2choicedup3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Duplikate: Der nächste Abruf lädt sie noch einmal herunter.`)
};

/**
* | output |
* | --- |
* | "Duplicates: the next poll downloads them again." |
*
* @param {Lesson_L05cp2choicedup3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l05cp2choicedup3 = /** @type {((inputs?: Lesson_L05cp2choicedup3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L05cp2choicedup3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l05cp2choicedup3(inputs)
	if (locale === "de") return de_lesson_l05cp2choicedup3(inputs)
	return en_lesson_l05cp2choicedup3(inputs)
});
export { lesson_l05cp2choicedup3 as "lesson_l05Cp2ChoiceDup" }