/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ uid: NonNullable<unknown> }} Format_Uidtwice1Inputs */

const en_format_uidtwice1 = /** @type {(inputs: Format_Uidtwice1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`"${i?.uid}" is used twice; UIDs are unique in a maildrop (RFC 1939 §7)`)
};

const es_format_uidtwice1 = /** @type {(inputs: Format_Uidtwice1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`"${i?.uid}" se usa dos veces; los UID son únicos dentro de un buzón (RFC 1939 §7)`)
};

const de_format_uidtwice1 = /** @type {(inputs: Format_Uidtwice1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`"${i?.uid}" kommt zweimal vor; UIDs sind in einem Maildrop eindeutig (RFC 1939 §7)`)
};

/**
* | output |
* | --- |
* | "\"{uid}\" is used twice; UIDs are unique in a maildrop (RFC 1939 §7)" |
*
* @param {Format_Uidtwice1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const format_uidtwice1 = /** @type {((inputs: Format_Uidtwice1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Uidtwice1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_uidtwice1(inputs)
	if (locale === "de") return de_format_uidtwice1(inputs)
	return en_format_uidtwice1(inputs)
});
export { format_uidtwice1 as "format_uidTwice" }