/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Controls_Morefaults1Inputs */

const en_controls_morefaults1 = /** @type {(inputs: Controls_Morefaults1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`More faults here…`)
};

const es_controls_morefaults1 = /** @type {(inputs: Controls_Morefaults1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Más fallos aquí…`)
};

const de_controls_morefaults1 = /** @type {(inputs: Controls_Morefaults1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Weitere Störungen hier…`)
};

/**
* | output |
* | --- |
* | "More faults here…" |
*
* @param {Controls_Morefaults1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const controls_morefaults1 = /** @type {((inputs?: Controls_Morefaults1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Controls_Morefaults1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_controls_morefaults1(inputs)
	if (locale === "de") return de_controls_morefaults1(inputs)
	return en_controls_morefaults1(inputs)
});
export { controls_morefaults1 as "controls_moreFaults" }