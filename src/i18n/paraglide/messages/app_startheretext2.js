/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} App_Startheretext2Inputs */

const en_app_startheretext2 = /** @type {(inputs: App_Startheretext2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`press Play to watch this session, or Step forward through it; then add a fault and see what the Outcome says.`)
};

const es_app_startheretext2 = /** @type {(inputs: App_Startheretext2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`pulsa Reproducir para ver esta sesión, o avanza paso a paso; luego añade un fallo y mira qué dice el Resultado.`)
};

const de_app_startheretext2 = /** @type {(inputs: App_Startheretext2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Drücke Abspielen, um diese Sitzung anzusehen, oder gehe sie Schritt für Schritt durch; füge dann eine Störung hinzu und sieh nach, was das Ergebnis sagt.`)
};

/**
* | output |
* | --- |
* | "press Play to watch this session, or Step forward through it; then add a fault and see what the Outcome says." |
*
* @param {App_Startheretext2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const app_startheretext2 = /** @type {((inputs?: App_Startheretext2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<App_Startheretext2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_app_startheretext2(inputs)
	if (locale === "de") return de_app_startheretext2(inputs)
	return en_app_startheretext2(inputs)
});
export { app_startheretext2 as "app_startHereText" }