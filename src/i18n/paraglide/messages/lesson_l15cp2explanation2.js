/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L15cp2explanation2Inputs */

const en_lesson_l15cp2explanation2 = /** @type {(inputs: Lesson_L15cp2explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A client should confirm only what it has made durable: write and sync the message, then DELE. Then whatever the server removes in UPDATE is already on the disk, and the map's red stretch disappears; the duplicates before QUIT stay, since the server still had the messages (RFC 1939 §6, §8).`)
};

/** @type {(inputs: Lesson_L15cp2explanation2Inputs) => LocalizedString} */
const es_lesson_l15cp2explanation2 = en_lesson_l15cp2explanation2;

/** @type {(inputs: Lesson_L15cp2explanation2Inputs) => LocalizedString} */
const de_lesson_l15cp2explanation2 = en_lesson_l15cp2explanation2;

/**
* | output |
* | --- |
* | "A client should confirm only what it has made durable: write and sync the message, then DELE. Then whatever the server removes in UPDATE is already on the di..." |
*
* @param {Lesson_L15cp2explanation2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l15cp2explanation2 = /** @type {((inputs?: Lesson_L15cp2explanation2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L15cp2explanation2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l15cp2explanation2(inputs)
	if (locale === "de") return de_lesson_l15cp2explanation2(inputs)
	return en_lesson_l15cp2explanation2(inputs)
});
export { lesson_l15cp2explanation2 as "lesson_l15Cp2Explanation" }