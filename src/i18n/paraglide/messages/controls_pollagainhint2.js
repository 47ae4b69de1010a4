/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Controls_Pollagainhint2Inputs */

const en_controls_pollagainhint2 = /** @type {(inputs: Controls_Pollagainhint2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`a later session shows what a fault left on the server`)
};

const es_controls_pollagainhint2 = /** @type {(inputs: Controls_Pollagainhint2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`una sesión posterior muestra lo que un fallo dejó en el servidor`)
};

const de_controls_pollagainhint2 = /** @type {(inputs: Controls_Pollagainhint2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`eine spätere Sitzung zeigt, was eine Störung auf dem Server hinterlassen hat`)
};

/**
* | output |
* | --- |
* | "a later session shows what a fault left on the server" |
*
* @param {Controls_Pollagainhint2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const controls_pollagainhint2 = /** @type {((inputs?: Controls_Pollagainhint2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Controls_Pollagainhint2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_controls_pollagainhint2(inputs)
	if (locale === "de") return de_controls_pollagainhint2(inputs)
	return en_controls_pollagainhint2(inputs)
});
export { controls_pollagainhint2 as "controls_pollAgainHint" }