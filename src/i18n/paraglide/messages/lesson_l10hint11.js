/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10hint11Inputs */

const en_lesson_l10hint11 = /** @type {(inputs: Lesson_L10hint11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Look at which read command the POP1 client sends in each Retention mode.`)
};

const es_lesson_l10hint11 = /** @type {(inputs: Lesson_L10hint11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fíjate en qué orden de lectura envía el cliente POP1 en cada modo de Conservación.`)
};

const de_lesson_l10hint11 = /** @type {(inputs: Lesson_L10hint11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Achte darauf, welchen Lesebefehl der POP1-Client bei jeder Einstellung der Aufbewahrung sendet.`)
};

/**
* | output |
* | --- |
* | "Look at which read command the POP1 client sends in each Retention mode." |
*
* @param {Lesson_L10hint11Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10hint11 = /** @type {((inputs?: Lesson_L10hint11Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10hint11Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10hint11(inputs)
	if (locale === "de") return de_lesson_l10hint11(inputs)
	return en_lesson_l10hint11(inputs)
});
export { lesson_l10hint11 as "lesson_l10Hint1" }