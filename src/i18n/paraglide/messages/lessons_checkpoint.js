/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lessons_CheckpointInputs */

const en_lessons_checkpoint = /** @type {(inputs: Lessons_CheckpointInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Predict`)
};

const es_lessons_checkpoint = /** @type {(inputs: Lessons_CheckpointInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Predice`)
};

const de_lessons_checkpoint = /** @type {(inputs: Lessons_CheckpointInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vorhersage`)
};

/**
* | output |
* | --- |
* | "Predict" |
*
* @param {Lessons_CheckpointInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const lessons_checkpoint = /** @type {((inputs?: Lessons_CheckpointInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lessons_CheckpointInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lessons_checkpoint(inputs)
	if (locale === "de") return de_lessons_checkpoint(inputs)
	return en_lessons_checkpoint(inputs)
});