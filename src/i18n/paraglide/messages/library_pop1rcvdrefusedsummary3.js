/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_Pop1rcvdrefusedsummary3Inputs */

const en_library_pop1rcvdrefusedsummary3 = /** @type {(inputs: Library_Pop1rcvdrefusedsummary3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This server has no write access to the mailbox. The client reads the mailbox with RDEL and RCEV and confirms with RCVD, but the server answers -ERR: the mail was not deleted (RFC 918 "RCVD"). It ends the transaction and unlocks the mailbox, and the next poll transfers the whole mailbox again: duplicates, never loss.`)
};

const es_library_pop1rcvdrefusedsummary3 = /** @type {(inputs: Library_Pop1rcvdrefusedsummary3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Este servidor no tiene permiso de escritura en el buzón. El cliente lee el buzón con RDEL y RCEV y confirma con RCVD, pero el servidor responde -ERR: el correo no se borró (RFC 918 "RCVD"). Termina la transacción y desbloquea el buzón, y la siguiente consulta vuelve a transferir el buzón entero: duplicados, nunca pérdida.`)
};

const de_library_pop1rcvdrefusedsummary3 = /** @type {(inputs: Library_Pop1rcvdrefusedsummary3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dieser Server hat kein Schreibrecht auf das Postfach. Der Client liest das Postfach mit RDEL und RCEV und bestätigt mit RCVD, aber der Server antwortet -ERR: Die Mail wurde nicht gelöscht (RFC 918 "RCVD"). Er beendet die Transaktion und entsperrt das Postfach, und der nächste Abruf überträgt das ganze Postfach noch einmal: doppelt, nie verloren.`)
};

/**
* | output |
* | --- |
* | "This server has no write access to the mailbox. The client reads the mailbox with RDEL and RCEV and confirms with RCVD, but the server answers -ERR: the mail..." |
*
* @param {Library_Pop1rcvdrefusedsummary3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_pop1rcvdrefusedsummary3 = /** @type {((inputs?: Library_Pop1rcvdrefusedsummary3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_Pop1rcvdrefusedsummary3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_pop1rcvdrefusedsummary3(inputs)
	if (locale === "de") return de_library_pop1rcvdrefusedsummary3(inputs)
	return en_library_pop1rcvdrefusedsummary3(inputs)
});
export { library_pop1rcvdrefusedsummary3 as "library_pop1RcvdRefusedSummary" }