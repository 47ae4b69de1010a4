/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Terminal_Helppop2ackd2Inputs */

const en_terminal_helppop2ackd2 = /** @type {(inputs: Terminal_Helppop2ackd2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Received, delete it: marks it and moves to the next message (RFC 937).`)
};

const es_terminal_helppop2ackd2 = /** @type {(inputs: Terminal_Helppop2ackd2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Recibido, bórralo: lo marca y pasa al mensaje siguiente (RFC 937).`)
};

const de_terminal_helppop2ackd2 = /** @type {(inputs: Terminal_Helppop2ackd2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Empfangen, bitte löschen: markiert sie und geht zur nächsten Nachricht (RFC 937).`)
};

/**
* | output |
* | --- |
* | "Received, delete it: marks it and moves to the next message (RFC 937)." |
*
* @param {Terminal_Helppop2ackd2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const terminal_helppop2ackd2 = /** @type {((inputs?: Terminal_Helppop2ackd2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Terminal_Helppop2ackd2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_terminal_helppop2ackd2(inputs)
	if (locale === "de") return de_terminal_helppop2ackd2(inputs)
	return en_terminal_helppop2ackd2(inputs)
});
export { terminal_helppop2ackd2 as "terminal_helpPop2Ackd" }