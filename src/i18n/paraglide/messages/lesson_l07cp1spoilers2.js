/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L07cp1spoilers2Inputs */

const en_lesson_l07cp1spoilers2 = /** @type {(inputs: Lesson_L07cp1spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`every message again | everything again | downloads everything | duplicated`)
};

const es_lesson_l07cp1spoilers2 = /** @type {(inputs: Lesson_L07cp1spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`mensajes otra vez | todo otra vez | descarga todo | duplicado`)
};

const de_lesson_l07cp1spoilers2 = /** @type {(inputs: Lesson_L07cp1spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`jede Nachricht noch einmal | alles noch einmal | alles herunterladen | doppelt`)
};

/**
* | output |
* | --- |
* | "every message again \| everything again \| downloads everything \| duplicated" |
*
* @param {Lesson_L07cp1spoilers2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l07cp1spoilers2 = /** @type {((inputs?: Lesson_L07cp1spoilers2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L07cp1spoilers2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l07cp1spoilers2(inputs)
	if (locale === "de") return de_lesson_l07cp1spoilers2(inputs)
	return en_lesson_l07cp1spoilers2(inputs)
});
export { lesson_l07cp1spoilers2 as "lesson_l07Cp1Spoilers" }