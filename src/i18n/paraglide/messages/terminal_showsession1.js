/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Terminal_Showsession1Inputs */

const en_terminal_showsession1 = /** @type {(inputs: Terminal_Showsession1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Show my session on the stage`)
};

const es_terminal_showsession1 = /** @type {(inputs: Terminal_Showsession1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mostrar mi sesión en la escena`)
};

const de_terminal_showsession1 = /** @type {(inputs: Terminal_Showsession1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Meine Sitzung auf der Bühne zeigen`)
};

/**
* | output |
* | --- |
* | "Show my session on the stage" |
*
* @param {Terminal_Showsession1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const terminal_showsession1 = /** @type {((inputs?: Terminal_Showsession1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Terminal_Showsession1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_terminal_showsession1(inputs)
	if (locale === "de") return de_terminal_showsession1(inputs)
	return en_terminal_showsession1(inputs)
});
export { terminal_showsession1 as "terminal_showSession" }