/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Terminal_Nofork1Inputs */

const en_terminal_nofork1 = /** @type {(inputs: Terminal_Nofork1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A fault cannot be placed in the past of a typed session. Type the commands again (reset starts over), or show the scenario again to place faults on its timeline.`)
};

const es_terminal_nofork1 = /** @type {(inputs: Terminal_Nofork1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No se puede poner un fallo en el pasado de una sesión escrita a mano. Vuelve a escribir las órdenes (reset empieza de nuevo), o vuelve a mostrar el escenario para poner fallos en su línea de tiempo.`)
};

const de_terminal_nofork1 = /** @type {(inputs: Terminal_Nofork1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`In der Vergangenheit einer getippten Sitzung lässt sich keine Störung platzieren. Tippe die Befehle erneut (reset beginnt von vorn) oder zeige wieder das Szenario, um Störungen auf seiner Zeitleiste zu platzieren.`)
};

/**
* | output |
* | --- |
* | "A fault cannot be placed in the past of a typed session. Type the commands again (reset starts over), or show the scenario again to place faults on its timel..." |
*
* @param {Terminal_Nofork1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const terminal_nofork1 = /** @type {((inputs?: Terminal_Nofork1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Terminal_Nofork1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_terminal_nofork1(inputs)
	if (locale === "de") return de_terminal_nofork1(inputs)
	return en_terminal_nofork1(inputs)
});
export { terminal_nofork1 as "terminal_noFork" }