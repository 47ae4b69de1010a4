/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ fault: NonNullable<unknown>, step: NonNullable<unknown> }} Faultmap_OpenedInputs */

const en_faultmap_opened = /** @type {(inputs: Faultmap_OpenedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Opened: ${i?.fault} after step ${i?.step}.`)
};

const es_faultmap_opened = /** @type {(inputs: Faultmap_OpenedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Abierto: ${i?.fault} tras el paso ${i?.step}.`)
};

const de_faultmap_opened = /** @type {(inputs: Faultmap_OpenedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Geöffnet: ${i?.fault} nach Schritt ${i?.step}.`)
};

/**
* | output |
* | --- |
* | "Opened: {fault} after step {step}." |
*
* @param {Faultmap_OpenedInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const faultmap_opened = /** @type {((inputs: Faultmap_OpenedInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Faultmap_OpenedInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_faultmap_opened(inputs)
	if (locale === "de") return de_faultmap_opened(inputs)
	return en_faultmap_opened(inputs)
});