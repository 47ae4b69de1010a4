/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L15cp2question2Inputs */

const en_lesson_l15cp2question2 = /** @type {(inputs: Lesson_L15cp2question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server has answered QUIT. Which commit order would let this laptop survive a crash at this moment with all three messages?`)
};

const es_lesson_l15cp2question2 = /** @type {(inputs: Lesson_L15cp2question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El servidor ha respondido a QUIT. ¿Con qué orden de confirmación sobreviviría este portátil a un cuelgue en este momento, con los tres mensajes?`)
};

const de_lesson_l15cp2question2 = /** @type {(inputs: Lesson_L15cp2question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server hat QUIT beantwortet. Mit welcher Reihenfolge beim Bestätigen würde dieser Laptop einen Absturz in diesem Moment mit allen drei Nachrichten überstehen?`)
};

/**
* | output |
* | --- |
* | "The server has answered QUIT. Which commit order would let this laptop survive a crash at this moment with all three messages?" |
*
* @param {Lesson_L15cp2question2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l15cp2question2 = /** @type {((inputs?: Lesson_L15cp2question2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L15cp2question2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l15cp2question2(inputs)
	if (locale === "de") return de_lesson_l15cp2question2(inputs)
	return en_lesson_l15cp2question2(inputs)
});
export { lesson_l15cp2question2 as "lesson_l15Cp2Question" }