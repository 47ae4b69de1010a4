/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lessons_Demoshowed1Inputs */

const en_lessons_demoshowed1 = /** @type {(inputs: Lessons_Demoshowed1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What you watched:`)
};

const es_lessons_demoshowed1 = /** @type {(inputs: Lessons_Demoshowed1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lo que has visto:`)
};

const de_lessons_demoshowed1 = /** @type {(inputs: Lessons_Demoshowed1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Was du gesehen hast:`)
};

/**
* | output |
* | --- |
* | "What you watched:" |
*
* @param {Lessons_Demoshowed1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lessons_demoshowed1 = /** @type {((inputs?: Lessons_Demoshowed1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lessons_Demoshowed1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lessons_demoshowed1(inputs)
	if (locale === "de") return de_lessons_demoshowed1(inputs)
	return en_lessons_demoshowed1(inputs)
});
export { lessons_demoshowed1 as "lessons_demoShowed" }