/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L13cp1choicecopy3Inputs */

const en_lesson_l13cp1choicecopy3 = /** @type {(inputs: Lesson_L13cp1choicecopy3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Copy it to each of the user's devices by itself.`)
};

const es_lesson_l13cp1choicecopy3 = /** @type {(inputs: Lesson_L13cp1choicecopy3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Copiarlo por su cuenta a cada uno de los dispositivos del usuario.`)
};

const de_lesson_l13cp1choicecopy3 = /** @type {(inputs: Lesson_L13cp1choicecopy3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sie von sich aus auf jedes Gerät des Benutzers kopieren.`)
};

/**
* | output |
* | --- |
* | "Copy it to each of the user's devices by itself." |
*
* @param {Lesson_L13cp1choicecopy3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l13cp1choicecopy3 = /** @type {((inputs?: Lesson_L13cp1choicecopy3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L13cp1choicecopy3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l13cp1choicecopy3(inputs)
	if (locale === "de") return de_lesson_l13cp1choicecopy3(inputs)
	return en_lesson_l13cp1choicecopy3(inputs)
});
export { lesson_l13cp1choicecopy3 as "lesson_l13Cp1ChoiceCopy" }