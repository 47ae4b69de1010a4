/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L06cp1choicenone3Inputs */

const en_lesson_l06cp1choicenone3 = /** @type {(inputs: Lesson_L06cp1choicenone3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nothing: it asks UIDL and every UID is already in its memory.`)
};

const es_lesson_l06cp1choicenone3 = /** @type {(inputs: Lesson_L06cp1choicenone3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nada: pregunta con UIDL y cada UID ya está en su memoria.`)
};

const de_lesson_l06cp1choicenone3 = /** @type {(inputs: Lesson_L06cp1choicenone3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nichts: Er fragt mit UIDL, und jede UID steht schon in seinem Gedächtnis.`)
};

/**
* | output |
* | --- |
* | "Nothing: it asks UIDL and every UID is already in its memory." |
*
* @param {Lesson_L06cp1choicenone3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l06cp1choicenone3 = /** @type {((inputs?: Lesson_L06cp1choicenone3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L06cp1choicenone3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l06cp1choicenone3(inputs)
	if (locale === "de") return de_lesson_l06cp1choicenone3(inputs)
	return en_lesson_l06cp1choicenone3(inputs)
});
export { lesson_l06cp1choicenone3 as "lesson_l06Cp1ChoiceNone" }