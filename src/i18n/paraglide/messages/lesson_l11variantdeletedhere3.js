/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L11variantdeletedhere3Inputs */

const en_lesson_l11variantdeletedhere3 = /** @type {(inputs: Lesson_L11variantdeletedhere3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Laptop: never by age, but delete from the server what I delete here (message 2, read and deleted on day 3)`)
};

const es_lesson_l11variantdeletedhere3 = /** @type {(inputs: Lesson_L11variantdeletedhere3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Portátil: nunca por antigüedad, pero borrar del servidor lo que borre aquí (el mensaje 2, leído y borrado el día 3)`)
};

const de_lesson_l11variantdeletedhere3 = /** @type {(inputs: Lesson_L11variantdeletedhere3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Laptop: nie nach Alter, aber vom Server löschen, was ich hier lösche (Nachricht 2, an Tag 3 gelesen und gelöscht)`)
};

/**
* | output |
* | --- |
* | "Laptop: never by age, but delete from the server what I delete here (message 2, read and deleted on day 3)" |
*
* @param {Lesson_L11variantdeletedhere3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l11variantdeletedhere3 = /** @type {((inputs?: Lesson_L11variantdeletedhere3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L11variantdeletedhere3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l11variantdeletedhere3(inputs)
	if (locale === "de") return de_lesson_l11variantdeletedhere3(inputs)
	return en_lesson_l11variantdeletedhere3(inputs)
});
export { lesson_l11variantdeletedhere3 as "lesson_l11VariantDeletedHere" }