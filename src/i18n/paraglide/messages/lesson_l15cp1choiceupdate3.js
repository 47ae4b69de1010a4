/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L15cp1choiceupdate3Inputs */

const en_lesson_l15cp1choiceupdate3 = /** @type {(inputs: Lesson_L15cp1choiceupdate3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`After the server has processed QUIT, until the laptop's disk has caught up.`)
};

const es_lesson_l15cp1choiceupdate3 = /** @type {(inputs: Lesson_L15cp1choiceupdate3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Después de que el servidor haya procesado QUIT, hasta que el disco del portátil se ponga al día.`)
};

const de_lesson_l15cp1choiceupdate3 = /** @type {(inputs: Lesson_L15cp1choiceupdate3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nachdem der Server QUIT verarbeitet hat, bis die Festplatte des Laptops aufgeholt hat.`)
};

/**
* | output |
* | --- |
* | "After the server has processed QUIT, until the laptop's disk has caught up." |
*
* @param {Lesson_L15cp1choiceupdate3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l15cp1choiceupdate3 = /** @type {((inputs?: Lesson_L15cp1choiceupdate3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L15cp1choiceupdate3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l15cp1choiceupdate3(inputs)
	if (locale === "de") return de_lesson_l15cp1choiceupdate3(inputs)
	return en_lesson_l15cp1choiceupdate3(inputs)
});
export { lesson_l15cp1choiceupdate3 as "lesson_l15Cp1ChoiceUpdate" }