/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L11cp2explanation2Inputs */

const en_lesson_l11cp2explanation2 = /** @type {(inputs: Lesson_L11cp2explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A device's own setting protects nothing: the server holds one maildrop for the user, and any client may delete from it. Leave-on-server with "N days" only postpones the gap of delete-on-download; Thunderbird's other option, "delete from the server when I delete it here", has the same effect for mail the user deletes. fetchmail, which hands mail on to the local mail server (MTA), sends DELE only after the MTA has accepted the message: the safe commit order.`)
};

/** @type {(inputs: Lesson_L11cp2explanation2Inputs) => LocalizedString} */
const es_lesson_l11cp2explanation2 = en_lesson_l11cp2explanation2;

/** @type {(inputs: Lesson_L11cp2explanation2Inputs) => LocalizedString} */
const de_lesson_l11cp2explanation2 = en_lesson_l11cp2explanation2;

/**
* | output |
* | --- |
* | "A device's own setting protects nothing: the server holds one maildrop for the user, and any client may delete from it. Leave-on-server with \"N days\" only po..." |
*
* @param {Lesson_L11cp2explanation2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l11cp2explanation2 = /** @type {((inputs?: Lesson_L11cp2explanation2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L11cp2explanation2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l11cp2explanation2(inputs)
	if (locale === "de") return de_lesson_l11cp2explanation2(inputs)
	return en_lesson_l11cp2explanation2(inputs)
});
export { lesson_l11cp2explanation2 as "lesson_l11Cp2Explanation" }