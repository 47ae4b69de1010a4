/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Terminal_Transcriptlabel1Inputs */

const en_terminal_transcriptlabel1 = /** @type {(inputs: Terminal_Transcriptlabel1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Terminal transcript`)
};

const es_terminal_transcriptlabel1 = /** @type {(inputs: Terminal_Transcriptlabel1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Transcripción del terminal`)
};

const de_terminal_transcriptlabel1 = /** @type {(inputs: Terminal_Transcriptlabel1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Terminalprotokoll`)
};

/**
* | output |
* | --- |
* | "Terminal transcript" |
*
* @param {Terminal_Transcriptlabel1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const terminal_transcriptlabel1 = /** @type {((inputs?: Terminal_Transcriptlabel1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Terminal_Transcriptlabel1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_terminal_transcriptlabel1(inputs)
	if (locale === "de") return de_terminal_transcriptlabel1(inputs)
	return en_terminal_transcriptlabel1(inputs)
});
export { terminal_transcriptlabel1 as "terminal_transcriptLabel" }