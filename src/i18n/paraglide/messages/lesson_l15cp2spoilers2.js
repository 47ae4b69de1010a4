/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L15cp2spoilers2Inputs */

const en_lesson_l15cp2spoilers2 = /** @type {(inputs: Lesson_L15cp2spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`to disk first | confirm only what it has made`)
};

const es_lesson_l15cp2spoilers2 = /** @type {(inputs: Lesson_L15cp2spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`primero cada mensaje en disco | confirmar solo lo que`)
};

const de_lesson_l15cp2spoilers2 = /** @type {(inputs: Lesson_L15cp2spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`zuerst auf die Festplatte | nur bestätigen, was`)
};

/**
* | output |
* | --- |
* | "to disk first \| confirm only what it has made" |
*
* @param {Lesson_L15cp2spoilers2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l15cp2spoilers2 = /** @type {((inputs?: Lesson_L15cp2spoilers2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L15cp2spoilers2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l15cp2spoilers2(inputs)
	if (locale === "de") return de_lesson_l15cp2spoilers2(inputs)
	return en_lesson_l15cp2spoilers2(inputs)
});
export { lesson_l15cp2spoilers2 as "lesson_l15Cp2Spoilers" }