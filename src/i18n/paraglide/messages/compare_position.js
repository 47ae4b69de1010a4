/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ p: NonNullable<unknown>, last: NonNullable<unknown>, time: NonNullable<unknown> }} Compare_PositionInputs */

const en_compare_position = /** @type {(inputs: Compare_PositionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Point ${i?.p} of ${i?.last} · ${i?.time} into the run`)
};

const es_compare_position = /** @type {(inputs: Compare_PositionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Punto ${i?.p} de ${i?.last} · ${i?.time} desde el inicio`)
};

const de_compare_position = /** @type {(inputs: Compare_PositionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Punkt ${i?.p} von ${i?.last} · ${i?.time} nach dem Start`)
};

/**
* | output |
* | --- |
* | "Point {p} of {last} · {time} into the run" |
*
* @param {Compare_PositionInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const compare_position = /** @type {((inputs: Compare_PositionInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_PositionInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_compare_position(inputs)
	if (locale === "de") return de_compare_position(inputs)
	return en_compare_position(inputs)
});