/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lessons_Watchonstage2Inputs */

const en_lessons_watchonstage2 = /** @type {(inputs: Lessons_Watchonstage2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Watch on the stage`)
};

const es_lessons_watchonstage2 = /** @type {(inputs: Lessons_Watchonstage2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Verlo en la escena`)
};

const de_lessons_watchonstage2 = /** @type {(inputs: Lessons_Watchonstage2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Auf der Bühne ansehen`)
};

/**
* | output |
* | --- |
* | "Watch on the stage" |
*
* @param {Lessons_Watchonstage2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lessons_watchonstage2 = /** @type {((inputs?: Lessons_Watchonstage2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lessons_Watchonstage2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lessons_watchonstage2(inputs)
	if (locale === "de") return de_lessons_watchonstage2(inputs)
	return en_lessons_watchonstage2(inputs)
});
export { lessons_watchonstage2 as "lessons_watchOnStage" }