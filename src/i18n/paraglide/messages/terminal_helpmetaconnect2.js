/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Terminal_Helpmetaconnect2Inputs */

const en_terminal_helpmetaconnect2 = /** @type {(inputs: Terminal_Helpmetaconnect2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Opens a new connection to the same server after the last one closed.`)
};

const es_terminal_helpmetaconnect2 = /** @type {(inputs: Terminal_Helpmetaconnect2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Abre una conexión nueva al mismo servidor cuando la anterior se ha cerrado.`)
};

const de_terminal_helpmetaconnect2 = /** @type {(inputs: Terminal_Helpmetaconnect2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Öffnet eine neue Verbindung zum selben Server, nachdem die letzte geschlossen wurde.`)
};

/**
* | output |
* | --- |
* | "Opens a new connection to the same server after the last one closed." |
*
* @param {Terminal_Helpmetaconnect2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const terminal_helpmetaconnect2 = /** @type {((inputs?: Terminal_Helpmetaconnect2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Terminal_Helpmetaconnect2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_terminal_helpmetaconnect2(inputs)
	if (locale === "de") return de_terminal_helpmetaconnect2(inputs)
	return en_terminal_helpmetaconnect2(inputs)
});
export { terminal_helpmetaconnect2 as "terminal_helpMetaConnect" }