/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10claimintegrityclaim3Inputs */

const en_lesson_l10claimintegrityclaim3 = /** @type {(inputs: Lesson_L10claimintegrityclaim3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP risks losing mail; POP3 ensures data integrity.`)
};

const es_lesson_l10claimintegrityclaim3 = /** @type {(inputs: Lesson_L10claimintegrityclaim3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP corre el riesgo de perder correo; POP3 garantiza la integridad de los datos.`)
};

const de_lesson_l10claimintegrityclaim3 = /** @type {(inputs: Lesson_L10claimintegrityclaim3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP riskiert Mailverlust; POP3 garantiert Datenintegrität.`)
};

/**
* | output |
* | --- |
* | "POP risks losing mail; POP3 ensures data integrity." |
*
* @param {Lesson_L10claimintegrityclaim3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10claimintegrityclaim3 = /** @type {((inputs?: Lesson_L10claimintegrityclaim3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10claimintegrityclaim3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10claimintegrityclaim3(inputs)
	if (locale === "de") return de_lesson_l10claimintegrityclaim3(inputs)
	return en_lesson_l10claimintegrityclaim3(inputs)
});
export { lesson_l10claimintegrityclaim3 as "lesson_l10ClaimIntegrityClaim" }