/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L14hint21Inputs */

const en_lesson_l14hint21 = /** @type {(inputs: Lesson_L14hint21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Only the unique-id (UIDL) names the same message in every session.`)
};

const es_lesson_l14hint21 = /** @type {(inputs: Lesson_L14hint21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Solo el identificador único (UIDL) nombra el mismo mensaje en todas las sesiones.`)
};

const de_lesson_l14hint21 = /** @type {(inputs: Lesson_L14hint21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nur die eindeutige ID (UIDL) bezeichnet in jeder Sitzung dieselbe Nachricht.`)
};

/**
* | output |
* | --- |
* | "Only the unique-id (UIDL) names the same message in every session." |
*
* @param {Lesson_L14hint21Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l14hint21 = /** @type {((inputs?: Lesson_L14hint21Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L14hint21Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l14hint21(inputs)
	if (locale === "de") return de_lesson_l14hint21(inputs)
	return en_lesson_l14hint21(inputs)
});
export { lesson_l14hint21 as "lesson_l14Hint2" }