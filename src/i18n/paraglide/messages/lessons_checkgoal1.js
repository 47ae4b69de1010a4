/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lessons_Checkgoal1Inputs */

const en_lessons_checkgoal1 = /** @type {(inputs: Lessons_Checkgoal1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Check goal`)
};

const es_lessons_checkgoal1 = /** @type {(inputs: Lessons_Checkgoal1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Comprobar el objetivo`)
};

const de_lessons_checkgoal1 = /** @type {(inputs: Lessons_Checkgoal1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ziel prüfen`)
};

/**
* | output |
* | --- |
* | "Check goal" |
*
* @param {Lessons_Checkgoal1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lessons_checkgoal1 = /** @type {((inputs?: Lessons_Checkgoal1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lessons_Checkgoal1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lessons_checkgoal1(inputs)
	if (locale === "de") return de_lessons_checkgoal1(inputs)
	return en_lessons_checkgoal1(inputs)
});
export { lessons_checkgoal1 as "lessons_checkGoal" }