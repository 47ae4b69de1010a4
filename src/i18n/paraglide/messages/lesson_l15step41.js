/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L15step41Inputs */

const en_lesson_l15step41 = /** @type {(inputs: Lesson_L15step41Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Select the cell "Client app crashes" in the step where the server reads QUIT, play to the end and read the Outcome.`)
};

const es_lesson_l15step41 = /** @type {(inputs: Lesson_L15step41Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Selecciona la casilla «El programa cliente se cuelga» en el paso en que el servidor lee QUIT, reproduce hasta el final y lee el Resultado.`)
};

const de_lesson_l15step41 = /** @type {(inputs: Lesson_L15step41Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wähle die Zelle „Mailprogramm stürzt ab“ bei dem Schritt, in dem der Server QUIT liest, spiel bis zum Ende ab und lies das Ergebnis.`)
};

/**
* | output |
* | --- |
* | "Select the cell \"Client app crashes\" in the step where the server reads QUIT, play to the end and read the Outcome." |
*
* @param {Lesson_L15step41Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l15step41 = /** @type {((inputs?: Lesson_L15step41Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L15step41Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l15step41(inputs)
	if (locale === "de") return de_lesson_l15step41(inputs)
	return en_lesson_l15step41(inputs)
});
export { lesson_l15step41 as "lesson_l15Step4" }