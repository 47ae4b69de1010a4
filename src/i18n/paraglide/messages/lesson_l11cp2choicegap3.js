/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L11cp2choicegap3Inputs */

const en_lesson_l11cp2choicegap3 = /** @type {(inputs: Lesson_L11cp2choicegap3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Whatever the laptop has not deleted yet; with 14 days that is nothing: a gap, as with delete on download.`)
};

const es_lesson_l11cp2choicegap3 = /** @type {(inputs: Lesson_L11cp2choicegap3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lo que el portátil todavía no ha borrado; con 14 días, nada: un hueco, igual que con «Borrar al descargar».`)
};

const de_lesson_l11cp2choicegap3 = /** @type {(inputs: Lesson_L11cp2choicegap3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Was der Laptop noch nicht gelöscht hat; bei 14 Tagen ist das nichts: eine Lücke, wie bei „Beim Abrufen löschen“.`)
};

/**
* | output |
* | --- |
* | "Whatever the laptop has not deleted yet; with 14 days that is nothing: a gap, as with delete on download." |
*
* @param {Lesson_L11cp2choicegap3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l11cp2choicegap3 = /** @type {((inputs?: Lesson_L11cp2choicegap3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L11cp2choicegap3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l11cp2choicegap3(inputs)
	if (locale === "de") return de_lesson_l11cp2choicegap3(inputs)
	return en_lesson_l11cp2choicegap3(inputs)
});
export { lesson_l11cp2choicegap3 as "lesson_l11Cp2ChoiceGap" }