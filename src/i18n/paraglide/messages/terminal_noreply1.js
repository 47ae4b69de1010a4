/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Terminal_Noreply1Inputs */

const en_terminal_noreply1 = /** @type {(inputs: Terminal_Noreply1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No reply yet: the reply was lost or is still on its way.`)
};

const es_terminal_noreply1 = /** @type {(inputs: Terminal_Noreply1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aún no hay respuesta: se perdió o sigue en camino.`)
};

const de_terminal_noreply1 = /** @type {(inputs: Terminal_Noreply1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Noch keine Antwort: Sie ging verloren oder ist noch unterwegs.`)
};

/**
* | output |
* | --- |
* | "No reply yet: the reply was lost or is still on its way." |
*
* @param {Terminal_Noreply1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const terminal_noreply1 = /** @type {((inputs?: Terminal_Noreply1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Terminal_Noreply1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_terminal_noreply1(inputs)
	if (locale === "de") return de_terminal_noreply1(inputs)
	return en_terminal_noreply1(inputs)
});
export { terminal_noreply1 as "terminal_noReply" }