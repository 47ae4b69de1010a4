/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ first: NonNullable<unknown> }} Format_Identicaltext1Inputs */

const en_format_identicaltext1 = /** @type {(inputs: Format_Identicaltext1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`identical to ${i?.first}; every message needs distinct content (e.g. its own Message-ID header)`)
};

const es_format_identicaltext1 = /** @type {(inputs: Format_Identicaltext1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`idéntico a ${i?.first}; cada mensaje necesita un contenido distinto (por ejemplo, su propia cabecera Message-ID)`)
};

const de_format_identicaltext1 = /** @type {(inputs: Format_Identicaltext1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`identisch mit ${i?.first}; jede Nachricht braucht eigenen Inhalt (z. B. einen eigenen Message-ID-Header)`)
};

/**
* | output |
* | --- |
* | "identical to {first}; every message needs distinct content (e.g. its own Message-ID header)" |
*
* @param {Format_Identicaltext1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const format_identicaltext1 = /** @type {((inputs: Format_Identicaltext1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Identicaltext1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_identicaltext1(inputs)
	if (locale === "de") return de_format_identicaltext1(inputs)
	return en_format_identicaltext1(inputs)
});
export { format_identicaltext1 as "format_identicalText" }