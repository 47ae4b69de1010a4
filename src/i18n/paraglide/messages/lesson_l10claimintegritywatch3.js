/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10claimintegritywatch3Inputs */

const en_lesson_l10claimintegritywatch3 = /** @type {(inputs: Lesson_L10claimintegritywatch3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A client that sends DELE before its copy is on disk crashes right after the server answers QUIT: read the Outcome at the end.`)
};

const es_lesson_l10claimintegritywatch3 = /** @type {(inputs: Lesson_L10claimintegritywatch3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Un cliente que envía DELE antes de tener su copia en disco se cuelga justo después de que el servidor responda a QUIT: lee el Resultado al final.`)
};

const de_lesson_l10claimintegritywatch3 = /** @type {(inputs: Lesson_L10claimintegritywatch3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ein Client, der DELE sendet, bevor seine Kopie auf der Festplatte ist, stürzt direkt nach der Antwort des Servers auf QUIT ab: Lies am Ende das Ergebnis.`)
};

/**
* | output |
* | --- |
* | "A client that sends DELE before its copy is on disk crashes right after the server answers QUIT: read the Outcome at the end." |
*
* @param {Lesson_L10claimintegritywatch3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10claimintegritywatch3 = /** @type {((inputs?: Lesson_L10claimintegritywatch3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10claimintegritywatch3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10claimintegritywatch3(inputs)
	if (locale === "de") return de_lesson_l10claimintegritywatch3(inputs)
	return en_lesson_l10claimintegritywatch3(inputs)
});
export { lesson_l10claimintegritywatch3 as "lesson_l10ClaimIntegrityWatch" }