/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ again: NonNullable<unknown>, s1: NonNullable<unknown>, device: NonNullable<unknown> }} Why_Notremembered1Inputs */

const en_why_notremembered1 = /** @type {(inputs: Why_Notremembered1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.again}: session ${i?.s1} left it on the server and ${i?.device} had not remembered its unique-id (RFC 1939 §7), so it took it for new mail.`)
};

const es_why_notremembered1 = /** @type {(inputs: Why_Notremembered1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.again}: la sesión ${i?.s1} lo dejó en el servidor y ${i?.device} no había recordado su identificador único (RFC 1939 §7), así que lo tomó por correo nuevo.`)
};

const de_why_notremembered1 = /** @type {(inputs: Why_Notremembered1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.again}: Sitzung ${i?.s1} hat sie auf dem Server gelassen, und ${i?.device} hatte sich ihre eindeutige ID nicht gemerkt (RFC 1939 §7), also hielt es sie für neue Mail.`)
};

/**
* | output |
* | --- |
* | "{again}: session {s1} left it on the server and {device} had not remembered its unique-id (RFC 1939 §7), so it took it for new mail." |
*
* @param {Why_Notremembered1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const why_notremembered1 = /** @type {((inputs: Why_Notremembered1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Why_Notremembered1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_why_notremembered1(inputs)
	if (locale === "de") return de_why_notremembered1(inputs)
	return en_why_notremembered1(inputs)
});
export { why_notremembered1 as "why_notRemembered" }