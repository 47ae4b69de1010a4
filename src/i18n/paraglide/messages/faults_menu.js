/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ step: NonNullable<unknown> }} Faults_MenuInputs */

const en_faults_menu = /** @type {(inputs: Faults_MenuInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Faults at step ${i?.step}`)
};

const es_faults_menu = /** @type {(inputs: Faults_MenuInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Fallos en el paso ${i?.step}`)
};

const de_faults_menu = /** @type {(inputs: Faults_MenuInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Störungen bei Schritt ${i?.step}`)
};

/**
* | output |
* | --- |
* | "Faults at step {step}" |
*
* @param {Faults_MenuInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const faults_menu = /** @type {((inputs: Faults_MenuInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Faults_MenuInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_faults_menu(inputs)
	if (locale === "de") return de_faults_menu(inputs)
	return en_faults_menu(inputs)
});