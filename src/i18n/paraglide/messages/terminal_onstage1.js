/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Terminal_Onstage1Inputs */

const en_terminal_onstage1 = /** @type {(inputs: Terminal_Onstage1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The stage shows your terminal session: each command you type moves it.`)
};

const es_terminal_onstage1 = /** @type {(inputs: Terminal_Onstage1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La escena muestra tu sesión del terminal: cada orden que escribes la hace avanzar.`)
};

const de_terminal_onstage1 = /** @type {(inputs: Terminal_Onstage1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Bühne zeigt deine Terminalsitzung: Jeder Befehl, den du tippst, bringt sie voran.`)
};

/**
* | output |
* | --- |
* | "The stage shows your terminal session: each command you type moves it." |
*
* @param {Terminal_Onstage1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const terminal_onstage1 = /** @type {((inputs?: Terminal_Onstage1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Terminal_Onstage1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_terminal_onstage1(inputs)
	if (locale === "de") return de_terminal_onstage1(inputs)
	return en_terminal_onstage1(inputs)
});
export { terminal_onstage1 as "terminal_onStage" }