/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Terminal_Helppop2acks2Inputs */

const en_terminal_helppop2acks2 = /** @type {(inputs: Terminal_Helppop2acks2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Received and kept: move to the next message (RFC 937).`)
};

const es_terminal_helppop2acks2 = /** @type {(inputs: Terminal_Helppop2acks2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Recibido y conservado: pasa al mensaje siguiente (RFC 937).`)
};

const de_terminal_helppop2acks2 = /** @type {(inputs: Terminal_Helppop2acks2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Empfangen und behalten: weiter zur nächsten Nachricht (RFC 937).`)
};

/**
* | output |
* | --- |
* | "Received and kept: move to the next message (RFC 937)." |
*
* @param {Terminal_Helppop2acks2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const terminal_helppop2acks2 = /** @type {((inputs?: Terminal_Helppop2acks2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Terminal_Helppop2acks2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_terminal_helppop2acks2(inputs)
	if (locale === "de") return de_terminal_helppop2acks2(inputs)
	return en_terminal_helppop2acks2(inputs)
});
export { terminal_helppop2acks2 as "terminal_helpPop2Acks" }