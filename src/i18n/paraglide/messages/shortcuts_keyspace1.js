/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Shortcuts_Keyspace1Inputs */

const en_shortcuts_keyspace1 = /** @type {(inputs: Shortcuts_Keyspace1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Space`)
};

const es_shortcuts_keyspace1 = /** @type {(inputs: Shortcuts_Keyspace1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Espacio`)
};

const de_shortcuts_keyspace1 = /** @type {(inputs: Shortcuts_Keyspace1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Leertaste`)
};

/**
* | output |
* | --- |
* | "Space" |
*
* @param {Shortcuts_Keyspace1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const shortcuts_keyspace1 = /** @type {((inputs?: Shortcuts_Keyspace1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Shortcuts_Keyspace1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_shortcuts_keyspace1(inputs)
	if (locale === "de") return de_shortcuts_keyspace1(inputs)
	return en_shortcuts_keyspace1(inputs)
});
export { shortcuts_keyspace1 as "shortcuts_keySpace" }