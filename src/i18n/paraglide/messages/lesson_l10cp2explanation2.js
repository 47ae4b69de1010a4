/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10cp2explanation2Inputs */

const en_lesson_l10cp2explanation2 = /** @type {(inputs: Lesson_L10cp2explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RCVD confirms that the data arrived. After RDEL the server then deletes the mailbox; after RETR it keeps it. The choice was the client's, in 1984 as in POP3 today.`)
};

const es_lesson_l10cp2explanation2 = /** @type {(inputs: Lesson_L10cp2explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RCVD confirma que los datos llegaron. Tras RDEL, el servidor borra entonces el buzón; tras RETR, lo conserva. La elección era del cliente, en 1984 igual que hoy en POP3.`)
};

const de_lesson_l10cp2explanation2 = /** @type {(inputs: Lesson_L10cp2explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RCVD bestätigt, dass die Daten angekommen sind. Nach RDEL löscht der Server dann das Postfach; nach RETR behält er es. Die Wahl lag beim Client, 1984 ebenso wie heute bei POP3.`)
};

/**
* | output |
* | --- |
* | "RCVD confirms that the data arrived. After RDEL the server then deletes the mailbox; after RETR it keeps it. The choice was the client's, in 1984 as in POP3 ..." |
*
* @param {Lesson_L10cp2explanation2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10cp2explanation2 = /** @type {((inputs?: Lesson_L10cp2explanation2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10cp2explanation2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10cp2explanation2(inputs)
	if (locale === "de") return de_lesson_l10cp2explanation2(inputs)
	return en_lesson_l10cp2explanation2(inputs)
});
export { lesson_l10cp2explanation2 as "lesson_l10Cp2Explanation" }