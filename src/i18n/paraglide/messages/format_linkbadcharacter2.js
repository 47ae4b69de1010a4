/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ character: NonNullable<unknown>, position: NonNullable<unknown> }} Format_Linkbadcharacter2Inputs */

const en_format_linkbadcharacter2 = /** @type {(inputs: Format_Linkbadcharacter2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`character ${i?.character} at position ${i?.position} is not base64url (A-Z a-z 0-9 - _)`)
};

const es_format_linkbadcharacter2 = /** @type {(inputs: Format_Linkbadcharacter2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`el carácter ${i?.character} en la posición ${i?.position} no es base64url (A-Z a-z 0-9 - _)`)
};

const de_format_linkbadcharacter2 = /** @type {(inputs: Format_Linkbadcharacter2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`das Zeichen ${i?.character} an Position ${i?.position} ist kein base64url (A-Z a-z 0-9 - _)`)
};

/**
* | output |
* | --- |
* | "character {character} at position {position} is not base64url (A-Z a-z 0-9 - _)" |
*
* @param {Format_Linkbadcharacter2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const format_linkbadcharacter2 = /** @type {((inputs: Format_Linkbadcharacter2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Linkbadcharacter2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_linkbadcharacter2(inputs)
	if (locale === "de") return de_format_linkbadcharacter2(inputs)
	return en_format_linkbadcharacter2(inputs)
});
export { format_linkbadcharacter2 as "format_linkBadCharacter" }