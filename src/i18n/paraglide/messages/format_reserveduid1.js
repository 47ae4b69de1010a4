/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ uid: NonNullable<unknown> }} Format_Reserveduid1Inputs */

const en_format_reserveduid1 = /** @type {(inputs: Format_Reserveduid1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`the UID ${i?.uid} is a reserved JavaScript name and cannot be a key here; give that message another UID`)
};

const es_format_reserveduid1 = /** @type {(inputs: Format_Reserveduid1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`el UID ${i?.uid} es un nombre reservado de JavaScript y no puede ser una clave aquí; dale otro UID a ese mensaje`)
};

const de_format_reserveduid1 = /** @type {(inputs: Format_Reserveduid1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`die UID ${i?.uid} ist ein reservierter JavaScript-Name und kann hier kein Schlüssel sein; gib dieser Nachricht eine andere UID`)
};

/**
* | output |
* | --- |
* | "the UID {uid} is a reserved JavaScript name and cannot be a key here; give that message another UID" |
*
* @param {Format_Reserveduid1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const format_reserveduid1 = /** @type {((inputs: Format_Reserveduid1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Reserveduid1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_reserveduid1(inputs)
	if (locale === "de") return de_format_reserveduid1(inputs)
	return en_format_reserveduid1(inputs)
});
export { format_reserveduid1 as "format_reservedUid" }