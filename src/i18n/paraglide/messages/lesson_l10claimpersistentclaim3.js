/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10claimpersistentclaim3Inputs */

const en_lesson_l10claimpersistentclaim3 = /** @type {(inputs: Lesson_L10claimpersistentclaim3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP opens a new connection for each operation; POP3 supports persistent connections.`)
};

const es_lesson_l10claimpersistentclaim3 = /** @type {(inputs: Lesson_L10claimpersistentclaim3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP abre una conexión nueva para cada operación; POP3 admite conexiones persistentes.`)
};

const de_lesson_l10claimpersistentclaim3 = /** @type {(inputs: Lesson_L10claimpersistentclaim3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP öffnet für jeden Vorgang eine neue Verbindung; POP3 unterstützt persistente Verbindungen.`)
};

/**
* | output |
* | --- |
* | "POP opens a new connection for each operation; POP3 supports persistent connections." |
*
* @param {Lesson_L10claimpersistentclaim3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10claimpersistentclaim3 = /** @type {((inputs?: Lesson_L10claimpersistentclaim3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10claimpersistentclaim3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10claimpersistentclaim3(inputs)
	if (locale === "de") return de_lesson_l10claimpersistentclaim3(inputs)
	return en_lesson_l10claimpersistentclaim3(inputs)
});
export { lesson_l10claimpersistentclaim3 as "lesson_l10ClaimPersistentClaim" }