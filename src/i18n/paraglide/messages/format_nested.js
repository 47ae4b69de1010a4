/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ depth: NonNullable<unknown> }} Format_NestedInputs */

const en_format_nested = /** @type {(inputs: Format_NestedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`nested more than ${i?.depth} levels deep; a scenario needs at most 5`)
};

const es_format_nested = /** @type {(inputs: Format_NestedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`anidado a más de ${i?.depth} niveles de profundidad; un escenario necesita como máximo 5`)
};

const de_format_nested = /** @type {(inputs: Format_NestedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`mehr als ${i?.depth} Ebenen tief verschachtelt; ein Szenario braucht höchstens 5`)
};

/**
* | output |
* | --- |
* | "nested more than {depth} levels deep; a scenario needs at most 5" |
*
* @param {Format_NestedInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const format_nested = /** @type {((inputs: Format_NestedInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_NestedInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_nested(inputs)
	if (locale === "de") return de_format_nested(inputs)
	return en_format_nested(inputs)
});