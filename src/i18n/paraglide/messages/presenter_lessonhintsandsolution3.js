/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Presenter_Lessonhintsandsolution3Inputs */

const en_presenter_lessonhintsandsolution3 = /** @type {(inputs: Presenter_Lessonhintsandsolution3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hints and solution`)
};

const es_presenter_lessonhintsandsolution3 = /** @type {(inputs: Presenter_Lessonhintsandsolution3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pistas y solución`)
};

const de_presenter_lessonhintsandsolution3 = /** @type {(inputs: Presenter_Lessonhintsandsolution3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tipps und Lösung`)
};

/**
* | output |
* | --- |
* | "Hints and solution" |
*
* @param {Presenter_Lessonhintsandsolution3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const presenter_lessonhintsandsolution3 = /** @type {((inputs?: Presenter_Lessonhintsandsolution3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Presenter_Lessonhintsandsolution3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_presenter_lessonhintsandsolution3(inputs)
	if (locale === "de") return de_presenter_lessonhintsandsolution3(inputs)
	return en_presenter_lessonhintsandsolution3(inputs)
});
export { presenter_lessonhintsandsolution3 as "presenter_lessonHintsAndSolution" }