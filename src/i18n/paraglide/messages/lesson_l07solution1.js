/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L07solution1Inputs */

const en_lesson_l07solution1 = /** @type {(inputs: Lesson_L07solution1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Set Retention to "Delete on download". Without a stable identity, only removing downloaded messages (DELE + QUIT) prevents duplicates; that is the use POP3 was designed for.`)
};

const es_lesson_l07solution1 = /** @type {(inputs: Lesson_L07solution1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pon Conservación en «Borrar al descargar». Sin una identidad estable, solo eliminar los mensajes descargados (DELE + QUIT) evita los duplicados; ese es el uso para el que se diseñó POP3.`)
};

const de_lesson_l07solution1 = /** @type {(inputs: Lesson_L07solution1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stell die Aufbewahrung auf „Beim Abrufen löschen“. Ohne eine stabile Identität verhindert nur das Entfernen heruntergeladener Nachrichten (DELE + QUIT) Duplikate; genau dafür wurde POP3 entworfen.`)
};

/**
* | output |
* | --- |
* | "Set Retention to \"Delete on download\". Without a stable identity, only removing downloaded messages (DELE + QUIT) prevents duplicates; that is the use POP3 w..." |
*
* @param {Lesson_L07solution1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l07solution1 = /** @type {((inputs?: Lesson_L07solution1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L07solution1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l07solution1(inputs)
	if (locale === "de") return de_lesson_l07solution1(inputs)
	return en_lesson_l07solution1(inputs)
});
export { lesson_l07solution1 as "lesson_l07Solution" }