/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Terminal_Offstage1Inputs */

const en_terminal_offstage1 = /** @type {(inputs: Terminal_Offstage1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The stage shows the scenario. Type a command to show your session there.`)
};

const es_terminal_offstage1 = /** @type {(inputs: Terminal_Offstage1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La escena muestra el escenario. Escribe una orden para mostrar ahí tu sesión.`)
};

const de_terminal_offstage1 = /** @type {(inputs: Terminal_Offstage1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Bühne zeigt das Szenario. Tippe einen Befehl, um dort deine Sitzung zu zeigen.`)
};

/**
* | output |
* | --- |
* | "The stage shows the scenario. Type a command to show your session there." |
*
* @param {Terminal_Offstage1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const terminal_offstage1 = /** @type {((inputs?: Terminal_Offstage1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Terminal_Offstage1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_terminal_offstage1(inputs)
	if (locale === "de") return de_terminal_offstage1(inputs)
	return en_terminal_offstage1(inputs)
});
export { terminal_offstage1 as "terminal_offStage" }