/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10cp2spoilers2Inputs */

const en_lesson_l10cp2spoilers2 = /** @type {(inputs: Lesson_L10cp2spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`only confirms | keeps it`)
};

const es_lesson_l10cp2spoilers2 = /** @type {(inputs: Lesson_L10cp2spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`solo confirma | lo conserva`)
};

const de_lesson_l10cp2spoilers2 = /** @type {(inputs: Lesson_L10cp2spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`nur den Empfang | behält er es`)
};

/**
* | output |
* | --- |
* | "only confirms \| keeps it" |
*
* @param {Lesson_L10cp2spoilers2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10cp2spoilers2 = /** @type {((inputs?: Lesson_L10cp2spoilers2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10cp2spoilers2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10cp2spoilers2(inputs)
	if (locale === "de") return de_lesson_l10cp2spoilers2(inputs)
	return en_lesson_l10cp2spoilers2(inputs)
});
export { lesson_l10cp2spoilers2 as "lesson_l10Cp2Spoilers" }