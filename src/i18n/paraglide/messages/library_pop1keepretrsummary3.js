/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_Pop1keepretrsummary3Inputs */

const en_library_pop1keepretrsummary3 = /** @type {(inputs: Library_Pop1keepretrsummary3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RETR reads the whole mailbox and keeps it. POP1 has no message identity between sessions, so every poll transfers the entire mailbox again.`)
};

const es_library_pop1keepretrsummary3 = /** @type {(inputs: Library_Pop1keepretrsummary3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RETR lee el buzón entero y lo conserva. POP1 no identifica los mensajes entre sesiones, así que cada consulta vuelve a transferir el buzón entero.`)
};

const de_library_pop1keepretrsummary3 = /** @type {(inputs: Library_Pop1keepretrsummary3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RETR liest das ganze Postfach und behält es. POP1 kennt keine Identität von Nachrichten über Sitzungen hinweg, also überträgt jeder Abruf das ganze Postfach noch einmal.`)
};

/**
* | output |
* | --- |
* | "RETR reads the whole mailbox and keeps it. POP1 has no message identity between sessions, so every poll transfers the entire mailbox again." |
*
* @param {Library_Pop1keepretrsummary3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_pop1keepretrsummary3 = /** @type {((inputs?: Library_Pop1keepretrsummary3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_Pop1keepretrsummary3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_pop1keepretrsummary3(inputs)
	if (locale === "de") return de_library_pop1keepretrsummary3(inputs)
	return en_library_pop1keepretrsummary3(inputs)
});
export { library_pop1keepretrsummary3 as "library_pop1KeepRetrSummary" }