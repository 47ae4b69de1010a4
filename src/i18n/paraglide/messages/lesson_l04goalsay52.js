/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L04goalsay52Inputs */

const en_lesson_l04goalsay52 = /** @type {(inputs: Lesson_L04goalsay52Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mail was lost: this run has another fault in it. Press Reset and try with the one drop only.`)
};

const es_lesson_l04goalsay52 = /** @type {(inputs: Lesson_L04goalsay52Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Se ha perdido correo: esta ejecución tiene otro fallo más. Pulsa Reiniciar y prueba solo con el corte.`)
};

const de_lesson_l04goalsay52 = /** @type {(inputs: Lesson_L04goalsay52Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Es ist Mail verloren gegangen: In diesem Durchlauf steckt noch eine andere Störung. Drücke Zurücksetzen und versuch es nur mit der einen Trennung.`)
};

/**
* | output |
* | --- |
* | "Mail was lost: this run has another fault in it. Press Reset and try with the one drop only." |
*
* @param {Lesson_L04goalsay52Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l04goalsay52 = /** @type {((inputs?: Lesson_L04goalsay52Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L04goalsay52Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l04goalsay52(inputs)
	if (locale === "de") return de_lesson_l04goalsay52(inputs)
	return en_lesson_l04goalsay52(inputs)
});
export { lesson_l04goalsay52 as "lesson_l04GoalSay5" }