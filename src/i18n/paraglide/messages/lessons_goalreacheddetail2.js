/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ title: NonNullable<unknown> }} Lessons_Goalreacheddetail2Inputs */

const en_lessons_goalreacheddetail2 = /** @type {(inputs: Lessons_Goalreacheddetail2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Goal reached: you completed "${i?.title}".`)
};

const es_lessons_goalreacheddetail2 = /** @type {(inputs: Lessons_Goalreacheddetail2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Objetivo cumplido: has completado «${i?.title}».`)
};

const de_lessons_goalreacheddetail2 = /** @type {(inputs: Lessons_Goalreacheddetail2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ziel erreicht: Du hast „${i?.title}“ abgeschlossen.`)
};

/**
* | output |
* | --- |
* | "Goal reached: you completed \"{title}\"." |
*
* @param {Lessons_Goalreacheddetail2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lessons_goalreacheddetail2 = /** @type {((inputs: Lessons_Goalreacheddetail2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lessons_Goalreacheddetail2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lessons_goalreacheddetail2(inputs)
	if (locale === "de") return de_lessons_goalreacheddetail2(inputs)
	return en_lessons_goalreacheddetail2(inputs)
});
export { lessons_goalreacheddetail2 as "lessons_goalReachedDetail" }