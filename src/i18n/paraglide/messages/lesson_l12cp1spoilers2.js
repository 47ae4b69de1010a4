/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L12cp1spoilers2Inputs */

const en_lesson_l12cp1spoilers2 = /** @type {(inputs: Lesson_L12cp1spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`port 995 | stripping | implicit TLS`)
};

const es_lesson_l12cp1spoilers2 = /** @type {(inputs: Lesson_L12cp1spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`puerto 995 | stripping | TLS implícito`)
};

const de_lesson_l12cp1spoilers2 = /** @type {(inputs: Lesson_L12cp1spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Port 995 | Stripping | implizites TLS`)
};

/**
* | output |
* | --- |
* | "port 995 \| stripping \| implicit TLS" |
*
* @param {Lesson_L12cp1spoilers2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l12cp1spoilers2 = /** @type {((inputs?: Lesson_L12cp1spoilers2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L12cp1spoilers2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l12cp1spoilers2(inputs)
	if (locale === "de") return de_lesson_l12cp1spoilers2(inputs)
	return en_lesson_l12cp1spoilers2(inputs)
});
export { lesson_l12cp1spoilers2 as "lesson_l12Cp1Spoilers" }