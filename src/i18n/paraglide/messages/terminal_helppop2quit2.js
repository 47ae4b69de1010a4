/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Terminal_Helppop2quit2Inputs */

const en_terminal_helppop2quit2 = /** @type {(inputs: Terminal_Helppop2quit2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ends the session; the mailbox is released (RFC 937).`)
};

const es_terminal_helppop2quit2 = /** @type {(inputs: Terminal_Helppop2quit2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Termina la sesión; el buzón queda libre (RFC 937).`)
};

const de_terminal_helppop2quit2 = /** @type {(inputs: Terminal_Helppop2quit2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Beendet die Sitzung; das Postfach wird freigegeben (RFC 937).`)
};

/**
* | output |
* | --- |
* | "Ends the session; the mailbox is released (RFC 937)." |
*
* @param {Terminal_Helppop2quit2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const terminal_helppop2quit2 = /** @type {((inputs?: Terminal_Helppop2quit2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Terminal_Helppop2quit2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_terminal_helppop2quit2(inputs)
	if (locale === "de") return de_terminal_helppop2quit2(inputs)
	return en_terminal_helppop2quit2(inputs)
});
export { terminal_helppop2quit2 as "terminal_helpPop2Quit" }