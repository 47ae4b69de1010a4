/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Shortcuts_Playpause1Inputs */

const en_shortcuts_playpause1 = /** @type {(inputs: Shortcuts_Playpause1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Play or pause`)
};

const es_shortcuts_playpause1 = /** @type {(inputs: Shortcuts_Playpause1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reproducir o pausar`)
};

const de_shortcuts_playpause1 = /** @type {(inputs: Shortcuts_Playpause1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Abspielen oder anhalten`)
};

/**
* | output |
* | --- |
* | "Play or pause" |
*
* @param {Shortcuts_Playpause1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const shortcuts_playpause1 = /** @type {((inputs?: Shortcuts_Playpause1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Shortcuts_Playpause1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_shortcuts_playpause1(inputs)
	if (locale === "de") return de_shortcuts_playpause1(inputs)
	return en_shortcuts_playpause1(inputs)
});
export { shortcuts_playpause1 as "shortcuts_playPause" }