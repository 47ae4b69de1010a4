/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Terminal_Helppop1rcvd2Inputs */

const en_terminal_helppop1rcvd2 = /** @type {(inputs: Terminal_Helppop1rcvd2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Received and accepted: ends the transaction; after RDEL this is when deletion happens (RFC 918).`)
};

const es_terminal_helppop1rcvd2 = /** @type {(inputs: Terminal_Helppop1rcvd2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Recibido y aceptado: termina la transacción; tras RDEL, es aquí cuando se borra (RFC 918).`)
};

const de_terminal_helppop1rcvd2 = /** @type {(inputs: Terminal_Helppop1rcvd2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Empfangen und angenommen: beendet die Transaktion; nach RDEL wird jetzt gelöscht (RFC 918).`)
};

/**
* | output |
* | --- |
* | "Received and accepted: ends the transaction; after RDEL this is when deletion happens (RFC 918)." |
*
* @param {Terminal_Helppop1rcvd2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const terminal_helppop1rcvd2 = /** @type {((inputs?: Terminal_Helppop1rcvd2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Terminal_Helppop1rcvd2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_terminal_helppop1rcvd2(inputs)
	if (locale === "de") return de_terminal_helppop1rcvd2(inputs)
	return en_terminal_helppop1rcvd2(inputs)
});
export { terminal_helppop1rcvd2 as "terminal_helpPop1Rcvd" }