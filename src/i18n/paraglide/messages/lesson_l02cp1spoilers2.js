/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L02cp1spoilers2Inputs */

const en_lesson_l02cp1spoilers2 = /** @type {(inputs: Lesson_L02cp1spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`empty | gap | gone for | one maildrop per user`)
};

const es_lesson_l02cp1spoilers2 = /** @type {(inputs: Lesson_L02cp1spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`vacío | hueco | desaparecen para | un buzón por usuario`)
};

const de_lesson_l02cp1spoilers2 = /** @type {(inputs: Lesson_L02cp1spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`leer | Lücke | für jeden anderen | ein Postfach pro Benutzer`)
};

/**
* | output |
* | --- |
* | "empty \| gap \| gone for \| one maildrop per user" |
*
* @param {Lesson_L02cp1spoilers2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l02cp1spoilers2 = /** @type {((inputs?: Lesson_L02cp1spoilers2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L02cp1spoilers2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l02cp1spoilers2(inputs)
	if (locale === "de") return de_lesson_l02cp1spoilers2(inputs)
	return en_lesson_l02cp1spoilers2(inputs)
});
export { lesson_l02cp1spoilers2 as "lesson_l02Cp1Spoilers" }