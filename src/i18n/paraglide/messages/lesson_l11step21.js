/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L11step21Inputs */

const en_lesson_l11step21 = /** @type {(inputs: Lesson_L11step21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Watch its second poll, on day 15, and the server's maildrop.`)
};

const es_lesson_l11step21 = /** @type {(inputs: Lesson_L11step21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Observa su segunda consulta, el día 15, y el buzón del servidor.`)
};

const de_lesson_l11step21 = /** @type {(inputs: Lesson_L11step21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sieh dir seinen zweiten Abruf an Tag 15 an, und das Postfach auf dem Server.`)
};

/**
* | output |
* | --- |
* | "Watch its second poll, on day 15, and the server's maildrop." |
*
* @param {Lesson_L11step21Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l11step21 = /** @type {((inputs?: Lesson_L11step21Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L11step21Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l11step21(inputs)
	if (locale === "de") return de_lesson_l11step21(inputs)
	return en_lesson_l11step21(inputs)
});
export { lesson_l11step21 as "lesson_l11Step2" }