/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L11step31Inputs */

const en_lesson_l11step31 = /** @type {(inputs: Lesson_L11step31Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Watch the phone's poll on day 20, then read the Outcome.`)
};

const es_lesson_l11step31 = /** @type {(inputs: Lesson_L11step31Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Observa la consulta del móvil del día 20 y luego lee el Resultado.`)
};

const de_lesson_l11step31 = /** @type {(inputs: Lesson_L11step31Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sieh dir den Abruf des Handys an Tag 20 an und lies dann das Ergebnis.`)
};

/**
* | output |
* | --- |
* | "Watch the phone's poll on day 20, then read the Outcome." |
*
* @param {Lesson_L11step31Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l11step31 = /** @type {((inputs?: Lesson_L11step31Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L11step31Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l11step31(inputs)
	if (locale === "de") return de_lesson_l11step31(inputs)
	return en_lesson_l11step31(inputs)
});
export { lesson_l11step31 as "lesson_l11Step3" }