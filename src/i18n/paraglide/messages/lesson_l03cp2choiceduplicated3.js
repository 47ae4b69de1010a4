/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L03cp2choiceduplicated3Inputs */

const en_lesson_l03cp2choiceduplicated3 = /** @type {(inputs: Lesson_L03cp2choiceduplicated3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Duplicated: 3, lost: 0. The laptop downloads the same three messages again.`)
};

const es_lesson_l03cp2choiceduplicated3 = /** @type {(inputs: Lesson_L03cp2choiceduplicated3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Duplicados: 3, perdidos: 0. El portátil vuelve a descargar los mismos tres mensajes.`)
};

const de_lesson_l03cp2choiceduplicated3 = /** @type {(inputs: Lesson_L03cp2choiceduplicated3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Doppelt: 3, verloren: 0. Der Laptop lädt dieselben drei Nachrichten noch einmal herunter.`)
};

/**
* | output |
* | --- |
* | "Duplicated: 3, lost: 0. The laptop downloads the same three messages again." |
*
* @param {Lesson_L03cp2choiceduplicated3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l03cp2choiceduplicated3 = /** @type {((inputs?: Lesson_L03cp2choiceduplicated3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L03cp2choiceduplicated3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l03cp2choiceduplicated3(inputs)
	if (locale === "de") return de_lesson_l03cp2choiceduplicated3(inputs)
	return en_lesson_l03cp2choiceduplicated3(inputs)
});
export { lesson_l03cp2choiceduplicated3 as "lesson_l03Cp2ChoiceDuplicated" }