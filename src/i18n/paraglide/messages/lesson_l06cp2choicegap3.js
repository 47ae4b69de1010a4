/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L06cp2choicegap3Inputs */

const en_lesson_l06cp2choicegap3 = /** @type {(inputs: Lesson_L06cp2choicegap3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Not the mail older than 14 days, which the laptop deleted: the gap is back.`)
};

const es_lesson_l06cp2choicegap3 = /** @type {(inputs: Lesson_L06cp2choicegap3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No encuentra el correo de hace más de 14 días, que el portátil borró: vuelve el hueco.`)
};

const de_lesson_l06cp2choicegap3 = /** @type {(inputs: Lesson_L06cp2choicegap3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Mail, die älter als 14 Tage ist, nicht mehr: Der Laptop hat sie gelöscht, die Lücke ist zurück.`)
};

/**
* | output |
* | --- |
* | "Not the mail older than 14 days, which the laptop deleted: the gap is back." |
*
* @param {Lesson_L06cp2choicegap3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l06cp2choicegap3 = /** @type {((inputs?: Lesson_L06cp2choicegap3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L06cp2choicegap3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l06cp2choicegap3(inputs)
	if (locale === "de") return de_lesson_l06cp2choicegap3(inputs)
	return en_lesson_l06cp2choicegap3(inputs)
});
export { lesson_l06cp2choicegap3 as "lesson_l06Cp2ChoiceGap" }