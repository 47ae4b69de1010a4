/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L01hint31Inputs */

const en_lesson_l01hint31 = /** @type {(inputs: Lesson_L01hint31Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`If the goal is not reached after DELE 1, think about which command ends a session properly.`)
};

const es_lesson_l01hint31 = /** @type {(inputs: Lesson_L01hint31Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Si después de DELE 1 el objetivo sigue sin cumplirse, piensa qué orden termina una sesión como es debido.`)
};

const de_lesson_l01hint31 = /** @type {(inputs: Lesson_L01hint31Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ist das Ziel nach DELE 1 noch nicht erreicht? Überleg, welcher Befehl eine Sitzung ordentlich beendet.`)
};

/**
* | output |
* | --- |
* | "If the goal is not reached after DELE 1, think about which command ends a session properly." |
*
* @param {Lesson_L01hint31Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l01hint31 = /** @type {((inputs?: Lesson_L01hint31Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L01hint31Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l01hint31(inputs)
	if (locale === "de") return de_lesson_l01hint31(inputs)
	return en_lesson_l01hint31(inputs)
});
export { lesson_l01hint31 as "lesson_l01Hint3" }