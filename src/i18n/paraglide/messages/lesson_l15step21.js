/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L15step21Inputs */

const en_lesson_l15step21 = /** @type {(inputs: Lesson_L15step21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open Tools, then "Fault map". Read the line above the Delete on download grid, and find the red cells.`)
};

const es_lesson_l15step21 = /** @type {(inputs: Lesson_L15step21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Abre Herramientas y después «Mapa de fallos». Lee la línea que hay encima de la cuadrícula «Borrar al descargar» y busca las casillas rojas.`)
};

const de_lesson_l15step21 = /** @type {(inputs: Lesson_L15step21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Öffne Werkzeuge, dann „Störungskarte“. Lies die Zeile über dem Raster „Beim Abrufen löschen“ und such die roten Zellen.`)
};

/**
* | output |
* | --- |
* | "Open Tools, then \"Fault map\". Read the line above the Delete on download grid, and find the red cells." |
*
* @param {Lesson_L15step21Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l15step21 = /** @type {((inputs?: Lesson_L15step21Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L15step21Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l15step21(inputs)
	if (locale === "de") return de_lesson_l15step21(inputs)
	return en_lesson_l15step21(inputs)
});
export { lesson_l15step21 as "lesson_l15Step2" }