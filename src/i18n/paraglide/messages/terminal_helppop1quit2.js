/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Terminal_Helppop1quit2Inputs */

const en_terminal_helppop1quit2 = /** @type {(inputs: Terminal_Helppop1quit2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ends the session (RFC 918).`)
};

const es_terminal_helppop1quit2 = /** @type {(inputs: Terminal_Helppop1quit2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Termina la sesión (RFC 918).`)
};

const de_terminal_helppop1quit2 = /** @type {(inputs: Terminal_Helppop1quit2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Beendet die Sitzung (RFC 918).`)
};

/**
* | output |
* | --- |
* | "Ends the session (RFC 918)." |
*
* @param {Terminal_Helppop1quit2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const terminal_helppop1quit2 = /** @type {((inputs?: Terminal_Helppop1quit2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Terminal_Helppop1quit2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_terminal_helppop1quit2(inputs)
	if (locale === "de") return de_terminal_helppop1quit2(inputs)
	return en_terminal_helppop1quit2(inputs)
});
export { terminal_helppop1quit2 as "terminal_helpPop1Quit" }