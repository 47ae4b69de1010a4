/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ why: NonNullable<unknown> }} Faultmap_FailedInputs */

const en_faultmap_failed = /** @type {(inputs: Faultmap_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The map could not be computed: ${i?.why}`)
};

const es_faultmap_failed = /** @type {(inputs: Faultmap_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`No se pudo calcular el mapa: ${i?.why}`)
};

const de_faultmap_failed = /** @type {(inputs: Faultmap_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Die Karte ließ sich nicht berechnen: ${i?.why}`)
};

/**
* | output |
* | --- |
* | "The map could not be computed: {why}" |
*
* @param {Faultmap_FailedInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const faultmap_failed = /** @type {((inputs: Faultmap_FailedInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Faultmap_FailedInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_faultmap_failed(inputs)
	if (locale === "de") return de_faultmap_failed(inputs)
	return en_faultmap_failed(inputs)
});