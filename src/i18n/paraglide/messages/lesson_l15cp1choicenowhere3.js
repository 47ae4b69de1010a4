/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L15cp1choicenowhere3Inputs */

const en_lesson_l15cp1choicenowhere3 = /** @type {(inputs: Lesson_L15cp1choicenowhere3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nowhere: the server keeps the messages until the laptop has them.`)
};

const es_lesson_l15cp1choicenowhere3 = /** @type {(inputs: Lesson_L15cp1choicenowhere3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En ninguno: el servidor conserva los mensajes hasta que el portátil los tiene.`)
};

const de_lesson_l15cp1choicenowhere3 = /** @type {(inputs: Lesson_L15cp1choicenowhere3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nirgends: Der Server behält die Nachrichten, bis der Laptop sie hat.`)
};

/**
* | output |
* | --- |
* | "Nowhere: the server keeps the messages until the laptop has them." |
*
* @param {Lesson_L15cp1choicenowhere3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l15cp1choicenowhere3 = /** @type {((inputs?: Lesson_L15cp1choicenowhere3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L15cp1choicenowhere3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l15cp1choicenowhere3(inputs)
	if (locale === "de") return de_lesson_l15cp1choicenowhere3(inputs)
	return en_lesson_l15cp1choicenowhere3(inputs)
});
export { lesson_l15cp1choicenowhere3 as "lesson_l15Cp1ChoiceNowhere" }