/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L09cp2choicereplay3Inputs */

const en_lesson_l09cp2choicereplay3 = /** @type {(inputs: Lesson_L09cp2choicereplay3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A digest to replay later and log in as alice.`)
};

const es_lesson_l09cp2choicereplay3 = /** @type {(inputs: Lesson_L09cp2choicereplay3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Un resumen que reenviar más tarde para iniciar sesión como alice.`)
};

const de_lesson_l09cp2choicereplay3 = /** @type {(inputs: Lesson_L09cp2choicereplay3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Einen Hash, den er später erneut einspielt, um sich als alice anzumelden.`)
};

/**
* | output |
* | --- |
* | "A digest to replay later and log in as alice." |
*
* @param {Lesson_L09cp2choicereplay3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l09cp2choicereplay3 = /** @type {((inputs?: Lesson_L09cp2choicereplay3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L09cp2choicereplay3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l09cp2choicereplay3(inputs)
	if (locale === "de") return de_lesson_l09cp2choicereplay3(inputs)
	return en_lesson_l09cp2choicereplay3(inputs)
});
export { lesson_l09cp2choicereplay3 as "lesson_l09Cp2ChoiceReplay" }