/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Terminal_Helppop2read2Inputs */

const en_terminal_helppop2read2 = /** @type {(inputs: Terminal_Helppop2read2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Makes message n (or the current one) current; the reply =c gives its length, =0 if there is none (RFC 937).`)
};

const es_terminal_helppop2read2 = /** @type {(inputs: Terminal_Helppop2read2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hace actual el mensaje n (o el actual); la respuesta =c da su longitud, =0 si no existe (RFC 937).`)
};

const de_terminal_helppop2read2 = /** @type {(inputs: Terminal_Helppop2read2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Macht Nachricht n (oder die aktuelle) zur aktuellen; die Antwort =c nennt ihre Länge, =0, wenn es keine gibt (RFC 937).`)
};

/**
* | output |
* | --- |
* | "Makes message n (or the current one) current; the reply =c gives its length, =0 if there is none (RFC 937)." |
*
* @param {Terminal_Helppop2read2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const terminal_helppop2read2 = /** @type {((inputs?: Terminal_Helppop2read2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Terminal_Helppop2read2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_terminal_helppop2read2(inputs)
	if (locale === "de") return de_terminal_helppop2read2(inputs)
	return en_terminal_helppop2read2(inputs)
});
export { terminal_helppop2read2 as "terminal_helpPop2Read" }