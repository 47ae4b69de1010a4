/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L09cp1choicehash3Inputs */

const en_lesson_l09cp1choicehash3 = /** @type {(inputs: Lesson_L09cp1choicehash3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A hash of the password, as websites store them.`)
};

const es_lesson_l09cp1choicehash3 = /** @type {(inputs: Lesson_L09cp1choicehash3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Un hash de la contraseña, como los que guardan los sitios web.`)
};

const de_lesson_l09cp1choicehash3 = /** @type {(inputs: Lesson_L09cp1choicehash3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Einen Hash des Passworts, wie Websites sie speichern.`)
};

/**
* | output |
* | --- |
* | "A hash of the password, as websites store them." |
*
* @param {Lesson_L09cp1choicehash3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l09cp1choicehash3 = /** @type {((inputs?: Lesson_L09cp1choicehash3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L09cp1choicehash3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l09cp1choicehash3(inputs)
	if (locale === "de") return de_lesson_l09cp1choicehash3(inputs)
	return en_lesson_l09cp1choicehash3(inputs)
});
export { lesson_l09cp1choicehash3 as "lesson_l09Cp1ChoiceHash" }