/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Terminal_Helpmetahelp2Inputs */

const en_terminal_helpmetahelp2 = /** @type {(inputs: Terminal_Helpmetahelp2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lists the commands, or explains one: help RETR.`)
};

const es_terminal_helpmetahelp2 = /** @type {(inputs: Terminal_Helpmetahelp2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enumera las órdenes, o explica una: help RETR.`)
};

const de_terminal_helpmetahelp2 = /** @type {(inputs: Terminal_Helpmetahelp2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Listet die Befehle auf oder erklärt einen: help RETR.`)
};

/**
* | output |
* | --- |
* | "Lists the commands, or explains one: help RETR." |
*
* @param {Terminal_Helpmetahelp2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const terminal_helpmetahelp2 = /** @type {((inputs?: Terminal_Helpmetahelp2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Terminal_Helpmetahelp2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_terminal_helpmetahelp2(inputs)
	if (locale === "de") return de_terminal_helpmetahelp2(inputs)
	return en_terminal_helpmetahelp2(inputs)
});
export { terminal_helpmetahelp2 as "terminal_helpMetaHelp" }