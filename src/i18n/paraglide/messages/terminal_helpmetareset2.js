/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Terminal_Helpmetareset2Inputs */

const en_terminal_helpmetareset2 = /** @type {(inputs: Terminal_Helpmetareset2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Starts over: a new server with the scenario's maildrop, and a new session.`)
};

const es_terminal_helpmetareset2 = /** @type {(inputs: Terminal_Helpmetareset2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Empieza de nuevo: un servidor nuevo con el buzón del escenario, y una sesión nueva.`)
};

const de_terminal_helpmetareset2 = /** @type {(inputs: Terminal_Helpmetareset2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fängt von vorn an: ein neuer Server mit dem Postfach des Szenarios und eine neue Sitzung.`)
};

/**
* | output |
* | --- |
* | "Starts over: a new server with the scenario's maildrop, and a new session." |
*
* @param {Terminal_Helpmetareset2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const terminal_helpmetareset2 = /** @type {((inputs?: Terminal_Helpmetareset2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Terminal_Helpmetareset2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_terminal_helpmetareset2(inputs)
	if (locale === "de") return de_terminal_helpmetareset2(inputs)
	return en_terminal_helpmetareset2(inputs)
});
export { terminal_helpmetareset2 as "terminal_helpMetaReset" }