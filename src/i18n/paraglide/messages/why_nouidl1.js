/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ again: NonNullable<unknown>, s1: NonNullable<unknown>, device: NonNullable<unknown> }} Why_Nouidl1Inputs */

const en_why_nouidl1 = /** @type {(inputs: Why_Nouidl1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.again}: session ${i?.s1} left it on the server, and ${i?.device} does not ask for unique-ids (UIDL, RFC 1939 §7), so it cannot tell old mail from new.`)
};

const es_why_nouidl1 = /** @type {(inputs: Why_Nouidl1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.again}: la sesión ${i?.s1} lo dejó en el servidor, y ${i?.device} no pide identificadores únicos (UIDL, RFC 1939 §7), así que no distingue el correo viejo del nuevo.`)
};

const de_why_nouidl1 = /** @type {(inputs: Why_Nouidl1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.again}: Sitzung ${i?.s1} hat sie auf dem Server gelassen, und ${i?.device} fragt nicht nach eindeutigen IDs (UIDL, RFC 1939 §7), also kann es alte und neue Mail nicht unterscheiden.`)
};

/**
* | output |
* | --- |
* | "{again}: session {s1} left it on the server, and {device} does not ask for unique-ids (UIDL, RFC 1939 §7), so it cannot tell old mail from new." |
*
* @param {Why_Nouidl1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const why_nouidl1 = /** @type {((inputs: Why_Nouidl1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Why_Nouidl1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_why_nouidl1(inputs)
	if (locale === "de") return de_why_nouidl1(inputs)
	return en_why_nouidl1(inputs)
});
export { why_nouidl1 as "why_noUidl" }