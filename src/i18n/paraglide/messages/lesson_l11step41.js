/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L11step41Inputs */

const en_lesson_l11step41 = /** @type {(inputs: Lesson_L11step41Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Try the laptop with other settings (the buttons below), and find one with which both devices get every message.`)
};

const es_lesson_l11step41 = /** @type {(inputs: Lesson_L11step41Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Prueba el portátil con otros ajustes (los botones de abajo) y encuentra uno con el que los dos dispositivos reciban todos los mensajes.`)
};

const de_lesson_l11step41 = /** @type {(inputs: Lesson_L11step41Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Probiere den Laptop mit anderen Einstellungen aus (die Schaltflächen unten) und finde eine, mit der beide Geräte jede Nachricht bekommen.`)
};

/**
* | output |
* | --- |
* | "Try the laptop with other settings (the buttons below), and find one with which both devices get every message." |
*
* @param {Lesson_L11step41Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l11step41 = /** @type {((inputs?: Lesson_L11step41Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L11step41Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l11step41(inputs)
	if (locale === "de") return de_lesson_l11step41(inputs)
	return en_lesson_l11step41(inputs)
});
export { lesson_l11step41 as "lesson_l11Step4" }