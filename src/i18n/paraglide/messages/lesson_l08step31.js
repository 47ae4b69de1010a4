/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L08step31Inputs */

const en_lesson_l08step31 = /** @type {(inputs: Lesson_L08step31Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Switch the protocol to POP1 and play again: one RDEL for the whole mailbox, RCEV for the data, then RCVD.`)
};

const es_lesson_l08step31 = /** @type {(inputs: Lesson_L08step31Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cambia el protocolo a POP1 y reproduce de nuevo: un RDEL para todo el buzón, RCEV para los datos y luego RCVD.`)
};

const de_lesson_l08step31 = /** @type {(inputs: Lesson_L08step31Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stell das Protokoll auf POP1 und spiel noch einmal ab: ein RDEL für das ganze Postfach, RCEV für die Daten, dann RCVD.`)
};

/**
* | output |
* | --- |
* | "Switch the protocol to POP1 and play again: one RDEL for the whole mailbox, RCEV for the data, then RCVD." |
*
* @param {Lesson_L08step31Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l08step31 = /** @type {((inputs?: Lesson_L08step31Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L08step31Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l08step31(inputs)
	if (locale === "de") return de_lesson_l08step31(inputs)
	return en_lesson_l08step31(inputs)
});
export { lesson_l08step31 as "lesson_l08Step3" }