/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10goalsay22Inputs */

const en_lesson_l10goalsay22 = /** @type {(inputs: Lesson_L10goalsay22Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The client still reads with RDEL. Look at the Retention setting.`)
};

const es_lesson_l10goalsay22 = /** @type {(inputs: Lesson_L10goalsay22Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El cliente sigue leyendo con RDEL. Mira el ajuste de Conservación.`)
};

const de_lesson_l10goalsay22 = /** @type {(inputs: Lesson_L10goalsay22Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Client liest immer noch mit RDEL. Sieh dir die Einstellung Aufbewahrung an.`)
};

/**
* | output |
* | --- |
* | "The client still reads with RDEL. Look at the Retention setting." |
*
* @param {Lesson_L10goalsay22Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10goalsay22 = /** @type {((inputs?: Lesson_L10goalsay22Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10goalsay22Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10goalsay22(inputs)
	if (locale === "de") return de_lesson_l10goalsay22(inputs)
	return en_lesson_l10goalsay22(inputs)
});
export { lesson_l10goalsay22 as "lesson_l10GoalSay2" }