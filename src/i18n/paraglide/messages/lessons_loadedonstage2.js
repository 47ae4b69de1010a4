/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lessons_Loadedonstage2Inputs */

const en_lessons_loadedonstage2 = /** @type {(inputs: Lessons_Loadedonstage2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`It is on the stage: press Play and let it run to the end.`)
};

const es_lessons_loadedonstage2 = /** @type {(inputs: Lessons_Loadedonstage2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ya está en la escena: pulsa Reproducir y déjalo llegar al final.`)
};

const de_lessons_loadedonstage2 = /** @type {(inputs: Lessons_Loadedonstage2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Es ist auf der Bühne: Drücke Abspielen und lass es bis zum Ende laufen.`)
};

/**
* | output |
* | --- |
* | "It is on the stage: press Play and let it run to the end." |
*
* @param {Lessons_Loadedonstage2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lessons_loadedonstage2 = /** @type {((inputs?: Lessons_Loadedonstage2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lessons_Loadedonstage2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lessons_loadedonstage2(inputs)
	if (locale === "de") return de_lessons_loadedonstage2(inputs)
	return en_lessons_loadedonstage2(inputs)
});
export { lessons_loadedonstage2 as "lessons_loadedOnStage" }