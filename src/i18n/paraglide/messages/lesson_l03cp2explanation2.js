/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L03cp2explanation2Inputs */

const en_lesson_l03cp2explanation2 = /** @type {(inputs: Lesson_L03cp2explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`In delete-on-download mode the client keeps no memory of what it has: it downloads everything the server lists. A drop before QUIT therefore gives duplicates, never loss. Loss needs something else: a client that confirms before its copy is durable, a stale message number, or a server that deletes on its own.`)
};

const es_lesson_l03cp2explanation2 = /** @type {(inputs: Lesson_L03cp2explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En el modo borrar al descargar, el cliente no recuerda qué tiene ya: descarga todo lo que el servidor enumera. Por eso un corte antes de QUIT da duplicados, nunca pérdida. Para perder correo hace falta otra cosa: un cliente que confirma antes de que su copia esté en disco, un número de mensaje desfasado o un servidor que borra por su cuenta.`)
};

const de_lesson_l03cp2explanation2 = /** @type {(inputs: Lesson_L03cp2explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Im Modus „Beim Abrufen löschen“ merkt sich der Client nicht, was er schon hat: Er lädt alles herunter, was der Server auflistet. Eine Trennung vor QUIT bringt deshalb Doppelte, niemals Verlust. Für einen Verlust braucht es etwas anderes: einen Client, der bestätigt, bevor seine Kopie dauerhaft gespeichert ist, eine veraltete Nachrichtennummer oder einen Server, der von sich aus löscht.`)
};

/**
* | output |
* | --- |
* | "In delete-on-download mode the client keeps no memory of what it has: it downloads everything the server lists. A drop before QUIT therefore gives duplicates..." |
*
* @param {Lesson_L03cp2explanation2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l03cp2explanation2 = /** @type {((inputs?: Lesson_L03cp2explanation2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L03cp2explanation2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l03cp2explanation2(inputs)
	if (locale === "de") return de_lesson_l03cp2explanation2(inputs)
	return en_lesson_l03cp2explanation2(inputs)
});
export { lesson_l03cp2explanation2 as "lesson_l03Cp2Explanation" }