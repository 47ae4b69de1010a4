/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L15hint21Inputs */

const en_lesson_l15hint21 = /** @type {(inputs: Lesson_L15hint21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`In the map, compare the two commit orders at the step where the server reads QUIT.`)
};

const es_lesson_l15hint21 = /** @type {(inputs: Lesson_L15hint21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En el mapa, compara los dos órdenes de confirmación en el paso en que el servidor lee QUIT.`)
};

const de_lesson_l15hint21 = /** @type {(inputs: Lesson_L15hint21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vergleiche in der Karte die beiden Reihenfolgen beim Bestätigen bei dem Schritt, in dem der Server QUIT liest.`)
};

/**
* | output |
* | --- |
* | "In the map, compare the two commit orders at the step where the server reads QUIT." |
*
* @param {Lesson_L15hint21Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l15hint21 = /** @type {((inputs?: Lesson_L15hint21Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L15hint21Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l15hint21(inputs)
	if (locale === "de") return de_lesson_l15hint21(inputs)
	return en_lesson_l15hint21(inputs)
});
export { lesson_l15hint21 as "lesson_l15Hint2" }