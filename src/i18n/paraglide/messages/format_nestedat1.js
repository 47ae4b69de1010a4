/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ depth: NonNullable<unknown>, at: NonNullable<unknown> }} Format_Nestedat1Inputs */

const en_format_nestedat1 = /** @type {(inputs: Format_Nestedat1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`nested more than ${i?.depth} levels deep (at character ${i?.at}); a scenario needs at most 5`)
};

const es_format_nestedat1 = /** @type {(inputs: Format_Nestedat1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`anidado a más de ${i?.depth} niveles de profundidad (en el carácter ${i?.at}); un escenario necesita como máximo 5`)
};

const de_format_nestedat1 = /** @type {(inputs: Format_Nestedat1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`mehr als ${i?.depth} Ebenen tief verschachtelt (bei Zeichen ${i?.at}); ein Szenario braucht höchstens 5`)
};

/**
* | output |
* | --- |
* | "nested more than {depth} levels deep (at character {at}); a scenario needs at most 5" |
*
* @param {Format_Nestedat1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const format_nestedat1 = /** @type {((inputs: Format_Nestedat1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Nestedat1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_nestedat1(inputs)
	if (locale === "de") return de_format_nestedat1(inputs)
	return en_format_nestedat1(inputs)
});
export { format_nestedat1 as "format_nestedAt" }