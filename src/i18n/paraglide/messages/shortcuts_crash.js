/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Shortcuts_CrashInputs */

const en_shortcuts_crash = /** @type {(inputs: Shortcuts_CrashInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Crash client at this step`)
};

const es_shortcuts_crash = /** @type {(inputs: Shortcuts_CrashInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Colgar el cliente en este paso`)
};

const de_shortcuts_crash = /** @type {(inputs: Shortcuts_CrashInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Client bei diesem Schritt abstürzen lassen`)
};

/**
* | output |
* | --- |
* | "Crash client at this step" |
*
* @param {Shortcuts_CrashInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const shortcuts_crash = /** @type {((inputs?: Shortcuts_CrashInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Shortcuts_CrashInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_shortcuts_crash(inputs)
	if (locale === "de") return de_shortcuts_crash(inputs)
	return en_shortcuts_crash(inputs)
});