/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L15cp2choiceunsafe3Inputs */

const en_lesson_l15cp2choiceunsafe3 = /** @type {(inputs: Lesson_L15cp2choiceunsafe3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The one it has: send DELE as soon as a message has arrived.`)
};

const es_lesson_l15cp2choiceunsafe3 = /** @type {(inputs: Lesson_L15cp2choiceunsafe3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Con el que tiene: enviar DELE en cuanto ha llegado un mensaje.`)
};

const de_lesson_l15cp2choiceunsafe3 = /** @type {(inputs: Lesson_L15cp2choiceunsafe3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mit der, die er hat: DELE senden, sobald eine Nachricht angekommen ist.`)
};

/**
* | output |
* | --- |
* | "The one it has: send DELE as soon as a message has arrived." |
*
* @param {Lesson_L15cp2choiceunsafe3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l15cp2choiceunsafe3 = /** @type {((inputs?: Lesson_L15cp2choiceunsafe3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L15cp2choiceunsafe3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l15cp2choiceunsafe3(inputs)
	if (locale === "de") return de_lesson_l15cp2choiceunsafe3(inputs)
	return en_lesson_l15cp2choiceunsafe3(inputs)
});
export { lesson_l15cp2choiceunsafe3 as "lesson_l15Cp2ChoiceUnsafe" }