/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10solution1Inputs */

const en_lesson_l10solution1 = /** @type {(inputs: Lesson_L10solution1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Set Retention to "Leave on server". The POP1 client sends RETR (read and keep) instead of RDEL; RCVD then confirms receipt and the server keeps the mailbox (RFC 918).`)
};

const es_lesson_l10solution1 = /** @type {(inputs: Lesson_L10solution1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pon Conservación en «Dejar en el servidor». El cliente POP1 envía RETR (leer y conservar) en lugar de RDEL; después RCVD confirma la recepción y el servidor conserva el buzón (RFC 918).`)
};

const de_lesson_l10solution1 = /** @type {(inputs: Lesson_L10solution1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stell die Aufbewahrung auf „Auf dem Server lassen“. Der POP1-Client sendet RETR (lesen und behalten) statt RDEL; RCVD bestätigt dann den Empfang, und der Server behält das Postfach (RFC 918).`)
};

/**
* | output |
* | --- |
* | "Set Retention to \"Leave on server\". The POP1 client sends RETR (read and keep) instead of RDEL; RCVD then confirms receipt and the server keeps the mailbox (..." |
*
* @param {Lesson_L10solution1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10solution1 = /** @type {((inputs?: Lesson_L10solution1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10solution1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10solution1(inputs)
	if (locale === "de") return de_lesson_l10solution1(inputs)
	return en_lesson_l10solution1(inputs)
});
export { lesson_l10solution1 as "lesson_l10Solution" }