/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L08cp2spoilers2Inputs */

const en_lesson_l08cp2spoilers2 = /** @type {(inputs: Lesson_L08cp2spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`deletes nothing | only announces | transfers the whole mailbox again | deletes on RCVD | delete on RCVD`)
};

const es_lesson_l08cp2spoilers2 = /** @type {(inputs: Lesson_L08cp2spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`no borra nada | solo anuncia | vuelve a transferir todo el buzón | borra cuando procesa RCVD | borra al recibir RCVD`)
};

const de_lesson_l08cp2spoilers2 = /** @type {(inputs: Lesson_L08cp2spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`löscht nichts | Absicht nur an | überträgt das ganze Postfach noch einmal | löscht, wenn er RCVD | löscht bei RCVD`)
};

/**
* | output |
* | --- |
* | "deletes nothing \| only announces \| transfers the whole mailbox again \| deletes on RCVD \| delete on RCVD" |
*
* @param {Lesson_L08cp2spoilers2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l08cp2spoilers2 = /** @type {((inputs?: Lesson_L08cp2spoilers2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L08cp2spoilers2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l08cp2spoilers2(inputs)
	if (locale === "de") return de_lesson_l08cp2spoilers2(inputs)
	return en_lesson_l08cp2spoilers2(inputs)
});
export { lesson_l08cp2spoilers2 as "lesson_l08Cp2Spoilers" }