/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lessons_RestartInputs */

const en_lessons_restart = /** @type {(inputs: Lessons_RestartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Restart lesson`)
};

const es_lessons_restart = /** @type {(inputs: Lessons_RestartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Empezar de nuevo`)
};

const de_lessons_restart = /** @type {(inputs: Lessons_RestartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lektion neu beginnen`)
};

/**
* | output |
* | --- |
* | "Restart lesson" |
*
* @param {Lessons_RestartInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const lessons_restart = /** @type {((inputs?: Lessons_RestartInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lessons_RestartInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lessons_restart(inputs)
	if (locale === "de") return de_lessons_restart(inputs)
	return en_lessons_restart(inputs)
});