/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L09cp2spoilers2Inputs */

const en_lesson_l09cp2spoilers2 = /** @type {(inputs: Lesson_L09cp2spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`offline | guesses | word list | long secret`)
};

const es_lesson_l09cp2spoilers2 = /** @type {(inputs: Lesson_L09cp2spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sin conexión | probar contraseñas | lista de palabras | secreto largo`)
};

const de_lesson_l09cp2spoilers2 = /** @type {(inputs: Lesson_L09cp2spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`offline | geratene | Wortliste | langes Geheimnis`)
};

/**
* | output |
* | --- |
* | "offline \| guesses \| word list \| long secret" |
*
* @param {Lesson_L09cp2spoilers2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l09cp2spoilers2 = /** @type {((inputs?: Lesson_L09cp2spoilers2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L09cp2spoilers2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l09cp2spoilers2(inputs)
	if (locale === "de") return de_lesson_l09cp2spoilers2(inputs)
	return en_lesson_l09cp2spoilers2(inputs)
});
export { lesson_l09cp2spoilers2 as "lesson_l09Cp2Spoilers" }