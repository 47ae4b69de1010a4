/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10claimencryptiongoalsay24Inputs */

const en_lesson_l10claimencryptiongoalsay24 = /** @type {(inputs: Lesson_L10claimencryptiongoalsay24Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Play the run until the laptop logs in.`)
};

const es_lesson_l10claimencryptiongoalsay24 = /** @type {(inputs: Lesson_L10claimencryptiongoalsay24Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reproduce la ejecución hasta que el portátil inicie sesión.`)
};

const de_lesson_l10claimencryptiongoalsay24 = /** @type {(inputs: Lesson_L10claimencryptiongoalsay24Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Spiel den Durchlauf ab, bis sich der Laptop anmeldet.`)
};

/**
* | output |
* | --- |
* | "Play the run until the laptop logs in." |
*
* @param {Lesson_L10claimencryptiongoalsay24Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10claimencryptiongoalsay24 = /** @type {((inputs?: Lesson_L10claimencryptiongoalsay24Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10claimencryptiongoalsay24Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10claimencryptiongoalsay24(inputs)
	if (locale === "de") return de_lesson_l10claimencryptiongoalsay24(inputs)
	return en_lesson_l10claimencryptiongoalsay24(inputs)
});
export { lesson_l10claimencryptiongoalsay24 as "lesson_l10ClaimEncryptionGoalSay2" }