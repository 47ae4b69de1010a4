/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ step: NonNullable<unknown> }} Faults_Menubutton1Inputs */

const en_faults_menubutton1 = /** @type {(inputs: Faults_Menubutton1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Add a fault at step ${i?.step}`)
};

const es_faults_menubutton1 = /** @type {(inputs: Faults_Menubutton1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Añadir un fallo en el paso ${i?.step}`)
};

const de_faults_menubutton1 = /** @type {(inputs: Faults_Menubutton1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Störung bei Schritt ${i?.step} hinzufügen`)
};

/**
* | output |
* | --- |
* | "Add a fault at step {step}" |
*
* @param {Faults_Menubutton1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const faults_menubutton1 = /** @type {((inputs: Faults_Menubutton1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Faults_Menubutton1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_faults_menubutton1(inputs)
	if (locale === "de") return de_faults_menubutton1(inputs)
	return en_faults_menubutton1(inputs)
});
export { faults_menubutton1 as "faults_menuButton" }