/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L02cp2explanation2Inputs */

const en_lesson_l02cp2explanation2 = /** @type {(inputs: Lesson_L02cp2explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A POP3 server keeps no per-client state and no flags. UIDL gives each message a unique-id that persists across sessions; each client remembers the ids it has stored and fetches only the others. Read state, flags and folders shared across devices are what IMAP adds.`)
};

const es_lesson_l02cp2explanation2 = /** @type {(inputs: Lesson_L02cp2explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Un servidor POP3 no guarda ningún estado por cliente ni ningún indicador. UIDL da a cada mensaje un identificador único que se mantiene de una sesión a otra; cada cliente recuerda los identificadores de lo que ya ha guardado y descarga solo el resto. El estado de leído, los indicadores y las carpetas compartidos entre dispositivos son justo lo que añade IMAP.`)
};

const de_lesson_l02cp2explanation2 = /** @type {(inputs: Lesson_L02cp2explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ein POP3-Server führt keinen Zustand pro Client und keine Kennzeichnungen. UIDL gibt jeder Nachricht eine eindeutige ID, die über Sitzungen hinweg gleich bleibt; jeder Client merkt sich die IDs dessen, was er gespeichert hat, und holt nur den Rest. Gelesen-Status, Kennzeichnungen und Ordner, die alle Geräte teilen, bringt erst IMAP.`)
};

/**
* | output |
* | --- |
* | "A POP3 server keeps no per-client state and no flags. UIDL gives each message a unique-id that persists across sessions; each client remembers the ids it has..." |
*
* @param {Lesson_L02cp2explanation2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l02cp2explanation2 = /** @type {((inputs?: Lesson_L02cp2explanation2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L02cp2explanation2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l02cp2explanation2(inputs)
	if (locale === "de") return de_lesson_l02cp2explanation2(inputs)
	return en_lesson_l02cp2explanation2(inputs)
});
export { lesson_l02cp2explanation2 as "lesson_l02Cp2Explanation" }