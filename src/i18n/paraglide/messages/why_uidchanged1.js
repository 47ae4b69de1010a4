/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ again: NonNullable<unknown>, device: NonNullable<unknown>, uid: NonNullable<unknown> }} Why_Uidchanged1Inputs */

const en_why_uidchanged1 = /** @type {(inputs: Why_Uidchanged1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.again}: ${i?.device} remembered it by its unique-id ${i?.uid}, but the server listed it under another unique-id later, so ${i?.device} took it for new mail (a unique-id must not change, RFC 1939 §7).`)
};

const es_why_uidchanged1 = /** @type {(inputs: Why_Uidchanged1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.again}: ${i?.device} lo recordaba por su identificador único ${i?.uid}, pero más tarde el servidor lo enumeró con otro, así que ${i?.device} lo tomó por correo nuevo (un identificador único no debe cambiar, RFC 1939 §7).`)
};

const de_why_uidchanged1 = /** @type {(inputs: Why_Uidchanged1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.again}: ${i?.device} kannte sie unter ihrer eindeutigen ID ${i?.uid}, aber der Server hat sie später unter einer anderen aufgelistet, also hielt ${i?.device} sie für neue Mail (eine eindeutige ID darf sich nicht ändern, RFC 1939 §7).`)
};

/**
* | output |
* | --- |
* | "{again}: {device} remembered it by its unique-id {uid}, but the server listed it under another unique-id later, so {device} took it for new mail (a unique-id..." |
*
* @param {Why_Uidchanged1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const why_uidchanged1 = /** @type {((inputs: Why_Uidchanged1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Why_Uidchanged1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_why_uidchanged1(inputs)
	if (locale === "de") return de_why_uidchanged1(inputs)
	return en_why_uidchanged1(inputs)
});
export { why_uidchanged1 as "why_uidChanged" }