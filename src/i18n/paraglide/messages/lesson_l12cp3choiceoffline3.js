/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L12cp3choiceoffline3Inputs */

const en_lesson_l12cp3choiceoffline3 = /** @type {(inputs: Lesson_L12cp3choiceoffline3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Not replay it (the next challenge differs), but test password guesses against it offline, as fast as their hardware allows.`)
};

const es_lesson_l12cp3choiceoffline3 = /** @type {(inputs: Lesson_L12cp3choiceoffline3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reenviarla, no (el próximo reto será otro), pero sí probar contraseñas contra ella sin conexión, tan deprisa como le permita su hardware.`)
};

const de_lesson_l12cp3choiceoffline3 = /** @type {(inputs: Lesson_L12cp3choiceoffline3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wieder einspielen nicht (die nächste Challenge ist eine andere), aber offline Passwörter dagegen durchprobieren, so schnell seine Hardware es erlaubt.`)
};

/**
* | output |
* | --- |
* | "Not replay it (the next challenge differs), but test password guesses against it offline, as fast as their hardware allows." |
*
* @param {Lesson_L12cp3choiceoffline3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l12cp3choiceoffline3 = /** @type {((inputs?: Lesson_L12cp3choiceoffline3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L12cp3choiceoffline3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l12cp3choiceoffline3(inputs)
	if (locale === "de") return de_lesson_l12cp3choiceoffline3(inputs)
	return en_lesson_l12cp3choiceoffline3(inputs)
});
export { lesson_l12cp3choiceoffline3 as "lesson_l12Cp3ChoiceOffline" }