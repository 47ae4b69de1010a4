/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L04cp1choiceremoved3Inputs */

const en_lesson_l04cp1choiceremoved3 = /** @type {(inputs: Lesson_L04cp1choiceremoved3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`They are removed: QUIT from TRANSACTION started UPDATE; the client just cannot tell.`)
};

const es_lesson_l04cp1choiceremoved3 = /** @type {(inputs: Lesson_L04cp1choiceremoved3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Se han eliminado: QUIT en TRANSACTION puso en marcha UPDATE; lo que pasa es que el cliente no puede saberlo.`)
};

const de_lesson_l04cp1choiceremoved3 = /** @type {(inputs: Lesson_L04cp1choiceremoved3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sie sind entfernt: QUIT in TRANSACTION hat UPDATE ausgelöst; nur kann der Client das nicht wissen.`)
};

/**
* | output |
* | --- |
* | "They are removed: QUIT from TRANSACTION started UPDATE; the client just cannot tell." |
*
* @param {Lesson_L04cp1choiceremoved3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l04cp1choiceremoved3 = /** @type {((inputs?: Lesson_L04cp1choiceremoved3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L04cp1choiceremoved3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l04cp1choiceremoved3(inputs)
	if (locale === "de") return de_lesson_l04cp1choiceremoved3(inputs)
	return en_lesson_l04cp1choiceremoved3(inputs)
});
export { lesson_l04cp1choiceremoved3 as "lesson_l04Cp1ChoiceRemoved" }