/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L03cp1choicekept3Inputs */

const en_lesson_l03cp1choicekept3 = /** @type {(inputs: Lesson_L03cp1choicekept3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`It stays on the server and its mark is forgotten: the session never reached QUIT.`)
};

const es_lesson_l03cp1choicekept3 = /** @type {(inputs: Lesson_L03cp1choicekept3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Se queda en el servidor y su marca se olvida: la sesión nunca llegó a QUIT.`)
};

const de_lesson_l03cp1choicekept3 = /** @type {(inputs: Lesson_L03cp1choicekept3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sie bleibt auf dem Server, und ihre Markierung wird vergessen: Die Sitzung hat QUIT nie erreicht.`)
};

/**
* | output |
* | --- |
* | "It stays on the server and its mark is forgotten: the session never reached QUIT." |
*
* @param {Lesson_L03cp1choicekept3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l03cp1choicekept3 = /** @type {((inputs?: Lesson_L03cp1choicekept3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L03cp1choicekept3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l03cp1choicekept3(inputs)
	if (locale === "de") return de_lesson_l03cp1choicekept3(inputs)
	return en_lesson_l03cp1choicekept3(inputs)
});
export { lesson_l03cp1choicekept3 as "lesson_l03Cp1ChoiceKept" }