/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ again: NonNullable<unknown>, s1: NonNullable<unknown>, device: NonNullable<unknown> }} Why_Uidlrefused1Inputs */

const en_why_uidlrefused1 = /** @type {(inputs: Why_Uidlrefused1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.again}: session ${i?.s1} left it on the server, and the server refused UIDL, so ${i?.device} has no unique-ids to tell old mail from new (RFC 1939 §7).`)
};

const es_why_uidlrefused1 = /** @type {(inputs: Why_Uidlrefused1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.again}: la sesión ${i?.s1} lo dejó en el servidor, y el servidor rechazó UIDL, así que ${i?.device} no tiene identificadores únicos para distinguir el correo viejo del nuevo (RFC 1939 §7).`)
};

const de_why_uidlrefused1 = /** @type {(inputs: Why_Uidlrefused1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.again}: Sitzung ${i?.s1} hat sie auf dem Server gelassen, und der Server hat UIDL abgelehnt, also hat ${i?.device} keine eindeutigen IDs, um alte und neue Mail zu unterscheiden (RFC 1939 §7).`)
};

/**
* | output |
* | --- |
* | "{again}: session {s1} left it on the server, and the server refused UIDL, so {device} has no unique-ids to tell old mail from new (RFC 1939 §7)." |
*
* @param {Why_Uidlrefused1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const why_uidlrefused1 = /** @type {((inputs: Why_Uidlrefused1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Why_Uidlrefused1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_why_uidlrefused1(inputs)
	if (locale === "de") return de_why_uidlrefused1(inputs)
	return en_why_uidlrefused1(inputs)
});
export { why_uidlrefused1 as "why_uidlRefused" }