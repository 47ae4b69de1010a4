/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L04cp2choicelocked3Inputs */

const en_lesson_l04cp2choicelocked3 = /** @type {(inputs: Lesson_L04cp2choicelocked3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`-ERR: the maildrop stays locked until the missing reply is acknowledged.`)
};

const es_lesson_l04cp2choicelocked3 = /** @type {(inputs: Lesson_L04cp2choicelocked3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`-ERR: el buzón sigue bloqueado hasta que alguien acuse recibo de la respuesta que faltó.`)
};

const de_lesson_l04cp2choicelocked3 = /** @type {(inputs: Lesson_L04cp2choicelocked3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`-ERR: Das Postfach bleibt gesperrt, bis jemand die fehlende Antwort quittiert.`)
};

/**
* | output |
* | --- |
* | "-ERR: the maildrop stays locked until the missing reply is acknowledged." |
*
* @param {Lesson_L04cp2choicelocked3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l04cp2choicelocked3 = /** @type {((inputs?: Lesson_L04cp2choicelocked3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L04cp2choicelocked3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l04cp2choicelocked3(inputs)
	if (locale === "de") return de_lesson_l04cp2choicelocked3(inputs)
	return en_lesson_l04cp2choicelocked3(inputs)
});
export { lesson_l04cp2choicelocked3 as "lesson_l04Cp2ChoiceLocked" }