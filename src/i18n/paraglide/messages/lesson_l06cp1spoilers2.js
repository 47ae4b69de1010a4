/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L06cp1spoilers2Inputs */

const en_lesson_l06cp1spoilers2 = /** @type {(inputs: Lesson_L06cp1spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`retrieves nothing | downloads nothing | only what is new | already in its memory | skips`)
};

const es_lesson_l06cp1spoilers2 = /** @type {(inputs: Lesson_L06cp1spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`no descarga nada | nada que descargar | solo lo nuevo | ya está en su memoria | se salta`)
};

const de_lesson_l06cp1spoilers2 = /** @type {(inputs: Lesson_L06cp1spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`lädt nichts | nichts herunter | nur Neues | schon in seinem Gedächtnis | überspringt`)
};

/**
* | output |
* | --- |
* | "retrieves nothing \| downloads nothing \| only what is new \| already in its memory \| skips" |
*
* @param {Lesson_L06cp1spoilers2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l06cp1spoilers2 = /** @type {((inputs?: Lesson_L06cp1spoilers2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L06cp1spoilers2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l06cp1spoilers2(inputs)
	if (locale === "de") return de_lesson_l06cp1spoilers2(inputs)
	return en_lesson_l06cp1spoilers2(inputs)
});
export { lesson_l06cp1spoilers2 as "lesson_l06Cp1Spoilers" }