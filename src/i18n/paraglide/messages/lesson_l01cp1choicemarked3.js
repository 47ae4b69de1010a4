/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L01cp1choicemarked3Inputs */

const en_lesson_l01cp1choicemarked3 = /** @type {(inputs: Lesson_L01cp1choicemarked3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Still on the server, marked; it is removed only if the session ends with QUIT.`)
};

const es_lesson_l01cp1choicemarked3 = /** @type {(inputs: Lesson_L01cp1choicemarked3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sigue en el servidor, marcado; solo se elimina si la sesión termina con QUIT.`)
};

const de_lesson_l01cp1choicemarked3 = /** @type {(inputs: Lesson_L01cp1choicemarked3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Noch auf dem Server, markiert; entfernt wird sie erst, wenn die Sitzung mit QUIT endet.`)
};

/**
* | output |
* | --- |
* | "Still on the server, marked; it is removed only if the session ends with QUIT." |
*
* @param {Lesson_L01cp1choicemarked3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l01cp1choicemarked3 = /** @type {((inputs?: Lesson_L01cp1choicemarked3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L01cp1choicemarked3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l01cp1choicemarked3(inputs)
	if (locale === "de") return de_lesson_l01cp1choicemarked3(inputs)
	return en_lesson_l01cp1choicemarked3(inputs)
});
export { lesson_l01cp1choicemarked3 as "lesson_l01Cp1ChoiceMarked" }