/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Terminal_Xtermlabel1Inputs */

const en_terminal_xtermlabel1 = /** @type {(inputs: Terminal_Xtermlabel1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP terminal (type commands, Tab completes, arrows recall history)`)
};

const es_terminal_xtermlabel1 = /** @type {(inputs: Terminal_Xtermlabel1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Terminal POP (escribe órdenes, Tab completa, las flechas recuperan el historial)`)
};

const de_terminal_xtermlabel1 = /** @type {(inputs: Terminal_Xtermlabel1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP-Terminal (Befehle tippen, Tab ergänzt, Pfeiltasten holen frühere Befehle)`)
};

/**
* | output |
* | --- |
* | "POP terminal (type commands, Tab completes, arrows recall history)" |
*
* @param {Terminal_Xtermlabel1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const terminal_xtermlabel1 = /** @type {((inputs?: Terminal_Xtermlabel1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Terminal_Xtermlabel1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_terminal_xtermlabel1(inputs)
	if (locale === "de") return de_terminal_xtermlabel1(inputs)
	return en_terminal_xtermlabel1(inputs)
});
export { terminal_xtermlabel1 as "terminal_xtermLabel" }