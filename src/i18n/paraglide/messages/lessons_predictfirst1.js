/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lessons_Predictfirst1Inputs */

const en_lessons_predictfirst1 = /** @type {(inputs: Lessons_Predictfirst1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Answer the question above to go on.`)
};

const es_lessons_predictfirst1 = /** @type {(inputs: Lessons_Predictfirst1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Responde a la pregunta de arriba para seguir.`)
};

const de_lessons_predictfirst1 = /** @type {(inputs: Lessons_Predictfirst1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Beantworte die Frage oben, um weiterzumachen.`)
};

/**
* | output |
* | --- |
* | "Answer the question above to go on." |
*
* @param {Lessons_Predictfirst1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lessons_predictfirst1 = /** @type {((inputs?: Lessons_Predictfirst1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lessons_Predictfirst1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lessons_predictfirst1(inputs)
	if (locale === "de") return de_lessons_predictfirst1(inputs)
	return en_lessons_predictfirst1(inputs)
});
export { lessons_predictfirst1 as "lessons_predictFirst" }