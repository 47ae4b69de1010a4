/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L15cp1question2Inputs */

const en_lesson_l15cp1question2 = /** @type {(inputs: Lesson_L15cp1question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Before you open the fault map: at which stretch of this session would a crash of the laptop make it lose mail for good?`)
};

const es_lesson_l15cp1question2 = /** @type {(inputs: Lesson_L15cp1question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Antes de abrir el mapa de fallos: ¿en qué tramo de esta sesión un cuelgue del portátil le haría perder correo para siempre?`)
};

const de_lesson_l15cp1question2 = /** @type {(inputs: Lesson_L15cp1question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bevor du die Störungskarte öffnest: In welchem Abschnitt dieser Sitzung würde ein Absturz den Laptop endgültig Mail verlieren lassen?`)
};

/**
* | output |
* | --- |
* | "Before you open the fault map: at which stretch of this session would a crash of the laptop make it lose mail for good?" |
*
* @param {Lesson_L15cp1question2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l15cp1question2 = /** @type {((inputs?: Lesson_L15cp1question2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L15cp1question2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l15cp1question2(inputs)
	if (locale === "de") return de_lesson_l15cp1question2(inputs)
	return en_lesson_l15cp1question2(inputs)
});
export { lesson_l15cp1question2 as "lesson_l15Cp1Question" }