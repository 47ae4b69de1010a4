/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Terminal_Helppop2fold2Inputs */

const en_terminal_helppop2fold2 = /** @type {(inputs: Terminal_Helppop2fold2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Selects another mailbox; the reply #n counts its messages (RFC 937).`)
};

const es_terminal_helppop2fold2 = /** @type {(inputs: Terminal_Helppop2fold2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Selecciona otro buzón; la respuesta #n cuenta sus mensajes (RFC 937).`)
};

const de_terminal_helppop2fold2 = /** @type {(inputs: Terminal_Helppop2fold2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wählt ein anderes Postfach; die Antwort #n zählt seine Nachrichten (RFC 937).`)
};

/**
* | output |
* | --- |
* | "Selects another mailbox; the reply #n counts its messages (RFC 937)." |
*
* @param {Terminal_Helppop2fold2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const terminal_helppop2fold2 = /** @type {((inputs?: Terminal_Helppop2fold2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Terminal_Helppop2fold2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_terminal_helppop2fold2(inputs)
	if (locale === "de") return de_terminal_helppop2fold2(inputs)
	return en_terminal_helppop2fold2(inputs)
});
export { terminal_helppop2fold2 as "terminal_helpPop2Fold" }