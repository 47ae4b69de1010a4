/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L12cp3choicereplay3Inputs */

const en_lesson_l12cp3choicereplay3 = /** @type {(inputs: Lesson_L12cp3choicereplay3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Replay the answer tomorrow and log in as alice.`)
};

const es_lesson_l12cp3choicereplay3 = /** @type {(inputs: Lesson_L12cp3choicereplay3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reenviar mañana la respuesta e iniciar sesión como alice.`)
};

const de_lesson_l12cp3choicereplay3 = /** @type {(inputs: Lesson_L12cp3choicereplay3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Antwort morgen wieder einspielen und sich als alice anmelden.`)
};

/**
* | output |
* | --- |
* | "Replay the answer tomorrow and log in as alice." |
*
* @param {Lesson_L12cp3choicereplay3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l12cp3choicereplay3 = /** @type {((inputs?: Lesson_L12cp3choicereplay3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L12cp3choicereplay3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l12cp3choicereplay3(inputs)
	if (locale === "de") return de_lesson_l12cp3choicereplay3(inputs)
	return en_lesson_l12cp3choicereplay3(inputs)
});
export { lesson_l12cp3choicereplay3 as "lesson_l12Cp3ChoiceReplay" }