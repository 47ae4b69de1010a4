/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_F7crashbeforedurabledeletekeepsummary6Inputs */

const en_library_f7crashbeforedurabledeletekeepsummary6 = /** @type {(inputs: Library_F7crashbeforedurabledeletekeepsummary6Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`In leave-on-server mode the client "commits" by recording each UID (RFC 1939 §7). This unsafe client records it before the copy is on disk, so after the power loss the laptop remembers mail it does not have and never asks for it again, although the server still holds it.`)
};

const es_library_f7crashbeforedurabledeletekeepsummary6 = /** @type {(inputs: Library_F7crashbeforedurabledeletekeepsummary6Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En el modo dejar en el servidor el cliente «confirma» anotando cada UID (RFC 1939 §7). Este cliente inseguro lo anota antes de que la copia esté en disco, así que tras el corte de corriente el portátil recuerda correo que no tiene y nunca vuelve a pedirlo, aunque el servidor aún lo guarda.`)
};

const de_library_f7crashbeforedurabledeletekeepsummary6 = /** @type {(inputs: Library_F7crashbeforedurabledeletekeepsummary6Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Beim Lassen auf dem Server „bestätigt“ der Client, indem er jede UID notiert (RFC 1939 §7). Dieser unsichere Client notiert sie, bevor die Kopie auf der Festplatte ist, also erinnert sich der Laptop nach dem Stromausfall an Mail, die er nicht hat, und fragt nie wieder danach, obwohl der Server sie noch hat.`)
};

/**
* | output |
* | --- |
* | "In leave-on-server mode the client \"commits\" by recording each UID (RFC 1939 §7). This unsafe client records it before the copy is on disk, so after the powe..." |
*
* @param {Library_F7crashbeforedurabledeletekeepsummary6Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_f7crashbeforedurabledeletekeepsummary6 = /** @type {((inputs?: Library_F7crashbeforedurabledeletekeepsummary6Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_F7crashbeforedurabledeletekeepsummary6Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_f7crashbeforedurabledeletekeepsummary6(inputs)
	if (locale === "de") return de_library_f7crashbeforedurabledeletekeepsummary6(inputs)
	return en_library_f7crashbeforedurabledeletekeepsummary6(inputs)
});
export { library_f7crashbeforedurabledeletekeepsummary6 as "library_f7CrashBeforeDurableDeleteKeepSummary" }