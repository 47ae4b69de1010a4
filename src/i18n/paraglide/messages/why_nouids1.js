/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ again: NonNullable<unknown>, s1: NonNullable<unknown>, protocol: NonNullable<unknown> }} Why_Nouids1Inputs */

const en_why_nouids1 = /** @type {(inputs: Why_Nouids1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.again}: session ${i?.s1} left it on the server, and ${i?.protocol} has no unique-ids, so a client that leaves mail on the server cannot tell old mail from new.`)
};

const es_why_nouids1 = /** @type {(inputs: Why_Nouids1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.again}: la sesión ${i?.s1} lo dejó en el servidor, y ${i?.protocol} no tiene identificadores únicos, así que un cliente que deja el correo en el servidor no distingue el correo viejo del nuevo.`)
};

const de_why_nouids1 = /** @type {(inputs: Why_Nouids1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.again}: Sitzung ${i?.s1} hat sie auf dem Server gelassen, und ${i?.protocol} kennt keine eindeutigen IDs, also kann ein Client, der Mail auf dem Server lässt, alte und neue Mail nicht unterscheiden.`)
};

/**
* | output |
* | --- |
* | "{again}: session {s1} left it on the server, and {protocol} has no unique-ids, so a client that leaves mail on the server cannot tell old mail from new." |
*
* @param {Why_Nouids1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const why_nouids1 = /** @type {((inputs: Why_Nouids1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Why_Nouids1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_why_nouids1(inputs)
	if (locale === "de") return de_why_nouids1(inputs)
	return en_why_nouids1(inputs)
});
export { why_nouids1 as "why_noUids" }