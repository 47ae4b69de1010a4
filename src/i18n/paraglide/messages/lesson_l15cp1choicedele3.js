/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L15cp1choicedele3Inputs */

const en_lesson_l15cp1choicedele3 = /** @type {(inputs: Lesson_L15cp1choicedele3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Between its DELE commands and QUIT.`)
};

const es_lesson_l15cp1choicedele3 = /** @type {(inputs: Lesson_L15cp1choicedele3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Entre sus órdenes DELE y QUIT.`)
};

const de_lesson_l15cp1choicedele3 = /** @type {(inputs: Lesson_L15cp1choicedele3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zwischen seinen DELE-Befehlen und QUIT.`)
};

/**
* | output |
* | --- |
* | "Between its DELE commands and QUIT." |
*
* @param {Lesson_L15cp1choicedele3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l15cp1choicedele3 = /** @type {((inputs?: Lesson_L15cp1choicedele3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L15cp1choicedele3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l15cp1choicedele3(inputs)
	if (locale === "de") return de_lesson_l15cp1choicedele3(inputs)
	return en_lesson_l15cp1choicedele3(inputs)
});
export { lesson_l15cp1choicedele3 as "lesson_l15Cp1ChoiceDele" }