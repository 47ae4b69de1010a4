/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Faultmap_IntroInputs */

const en_faultmap_intro = /** @type {(inputs: Faultmap_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Every fault at every step: each cell is this scenario run again with one fault just after that step (the scenario's own faults off). Select a cell to open that run there, ready to play.`)
};

const es_faultmap_intro = /** @type {(inputs: Faultmap_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cada fallo en cada paso: cada casilla es este escenario ejecutado de nuevo con un fallo justo después de ese paso (sin los fallos propios del escenario). Selecciona una casilla para abrir esa ejecución ahí, lista para reproducir.`)
};

const de_faultmap_intro = /** @type {(inputs: Faultmap_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Jede Störung bei jedem Schritt: Jede Zelle ist dieses Szenario, noch einmal ausgeführt mit einer Störung direkt nach diesem Schritt (ohne die eigenen Störungen des Szenarios). Wähle eine Zelle, um diesen Durchlauf dort zu öffnen, bereit zum Abspielen.`)
};

/**
* | output |
* | --- |
* | "Every fault at every step: each cell is this scenario run again with one fault just after that step (the scenario's own faults off). Select a cell to open th..." |
*
* @param {Faultmap_IntroInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const faultmap_intro = /** @type {((inputs?: Faultmap_IntroInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Faultmap_IntroInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_faultmap_intro(inputs)
	if (locale === "de") return de_faultmap_intro(inputs)
	return en_faultmap_intro(inputs)
});