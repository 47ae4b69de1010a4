/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L01cp1choiceterminal3Inputs */

const en_lesson_l01cp1choiceterminal3 = /** @type {(inputs: Lesson_L01cp1choiceterminal3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Moved into the terminal: RETR moved it and DELE confirmed the move.`)
};

const es_lesson_l01cp1choiceterminal3 = /** @type {(inputs: Lesson_L01cp1choiceterminal3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ha pasado al terminal: RETR lo trasladó y DELE confirmó el traslado.`)
};

const de_lesson_l01cp1choiceterminal3 = /** @type {(inputs: Lesson_L01cp1choiceterminal3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ins Terminal verschoben: RETR hat sie verschoben, und DELE hat das bestätigt.`)
};

/**
* | output |
* | --- |
* | "Moved into the terminal: RETR moved it and DELE confirmed the move." |
*
* @param {Lesson_L01cp1choiceterminal3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l01cp1choiceterminal3 = /** @type {((inputs?: Lesson_L01cp1choiceterminal3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L01cp1choiceterminal3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l01cp1choiceterminal3(inputs)
	if (locale === "de") return de_lesson_l01cp1choiceterminal3(inputs)
	return en_lesson_l01cp1choiceterminal3(inputs)
});
export { lesson_l01cp1choiceterminal3 as "lesson_l01Cp1ChoiceTerminal" }