/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Terminal_Helpmetaclear2Inputs */

const en_terminal_helpmetaclear2 = /** @type {(inputs: Terminal_Helpmetaclear2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Clears the screen (the session goes on).`)
};

const es_terminal_helpmetaclear2 = /** @type {(inputs: Terminal_Helpmetaclear2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Limpia la pantalla (la sesión sigue).`)
};

const de_terminal_helpmetaclear2 = /** @type {(inputs: Terminal_Helpmetaclear2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Leert den Bildschirm (die Sitzung läuft weiter).`)
};

/**
* | output |
* | --- |
* | "Clears the screen (the session goes on)." |
*
* @param {Terminal_Helpmetaclear2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const terminal_helpmetaclear2 = /** @type {((inputs?: Terminal_Helpmetaclear2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Terminal_Helpmetaclear2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_terminal_helpmetaclear2(inputs)
	if (locale === "de") return de_terminal_helpmetaclear2(inputs)
	return en_terminal_helpmetaclear2(inputs)
});
export { terminal_helpmetaclear2 as "terminal_helpMetaClear" }