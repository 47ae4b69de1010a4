/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Terminal_Helppop1rdel2Inputs */

const en_terminal_helppop1rdel2 = /** @type {(inputs: Terminal_Helppop1rdel2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Starts a reading transaction that deletes the mailbox contents at RCVD (RFC 918).`)
};

const es_terminal_helppop1rdel2 = /** @type {(inputs: Terminal_Helppop1rdel2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Empieza una transacción de lectura que borra el contenido del buzón al llegar RCVD (RFC 918).`)
};

const de_terminal_helppop1rdel2 = /** @type {(inputs: Terminal_Helppop1rdel2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Beginnt eine Lesetransaktion, die den Inhalt des Postfachs bei RCVD löscht (RFC 918).`)
};

/**
* | output |
* | --- |
* | "Starts a reading transaction that deletes the mailbox contents at RCVD (RFC 918)." |
*
* @param {Terminal_Helppop1rdel2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const terminal_helppop1rdel2 = /** @type {((inputs?: Terminal_Helppop1rdel2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Terminal_Helppop1rdel2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_terminal_helppop1rdel2(inputs)
	if (locale === "de") return de_terminal_helppop1rdel2(inputs)
	return en_terminal_helppop1rdel2(inputs)
});
export { terminal_helppop1rdel2 as "terminal_helpPop1Rdel" }