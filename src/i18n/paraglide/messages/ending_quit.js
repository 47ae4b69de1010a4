/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Ending_QuitInputs */

const en_ending_quit = /** @type {(inputs: Ending_QuitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the server answered QUIT`)
};

const es_ending_quit = /** @type {(inputs: Ending_QuitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`el servidor respondió a QUIT`)
};

const de_ending_quit = /** @type {(inputs: Ending_QuitInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`der Server hat QUIT beantwortet`)
};

/**
* | output |
* | --- |
* | "the server answered QUIT" |
*
* @param {Ending_QuitInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const ending_quit = /** @type {((inputs?: Ending_QuitInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Ending_QuitInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_ending_quit(inputs)
	if (locale === "de") return de_ending_quit(inputs)
	return en_ending_quit(inputs)
});