/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10cp1spoilers2Inputs */

const en_lesson_l10cp1spoilers2 = /** @type {(inputs: Lesson_L10cp1spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`read and keep | left it on the server | two read commands`)
};

const es_lesson_l10cp1spoilers2 = /** @type {(inputs: Lesson_L10cp1spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`leer y conservar | lo dejaba en el servidor | dos órdenes de lectura`)
};

const de_lesson_l10cp1spoilers2 = /** @type {(inputs: Lesson_L10cp1spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`lesen und behalten | ließ es auf dem Server | zwei Lesebefehle`)
};

/**
* | output |
* | --- |
* | "read and keep \| left it on the server \| two read commands" |
*
* @param {Lesson_L10cp1spoilers2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10cp1spoilers2 = /** @type {((inputs?: Lesson_L10cp1spoilers2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10cp1spoilers2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10cp1spoilers2(inputs)
	if (locale === "de") return de_lesson_l10cp1spoilers2(inputs)
	return en_lesson_l10cp1spoilers2(inputs)
});
export { lesson_l10cp1spoilers2 as "lesson_l10Cp1Spoilers" }