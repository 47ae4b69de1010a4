/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L05cp2choicesafe3Inputs */

const en_lesson_l05cp2choicesafe3 = /** @type {(inputs: Lesson_L05cp2choicesafe3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nothing: the server keeps removed messages until the client reconnects.`)
};

const es_lesson_l05cp2choicesafe3 = /** @type {(inputs: Lesson_L05cp2choicesafe3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nada: el servidor guarda los mensajes eliminados hasta que el cliente vuelva a conectarse.`)
};

const de_lesson_l05cp2choicesafe3 = /** @type {(inputs: Lesson_L05cp2choicesafe3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nichts: Der Server behält entfernte Nachrichten, bis der Client sich wieder verbindet.`)
};

/**
* | output |
* | --- |
* | "Nothing: the server keeps removed messages until the client reconnects." |
*
* @param {Lesson_L05cp2choicesafe3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l05cp2choicesafe3 = /** @type {((inputs?: Lesson_L05cp2choicesafe3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L05cp2choicesafe3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l05cp2choicesafe3(inputs)
	if (locale === "de") return de_lesson_l05cp2choicesafe3(inputs)
	return en_lesson_l05cp2choicesafe3(inputs)
});
export { lesson_l05cp2choicesafe3 as "lesson_l05Cp2ChoiceSafe" }