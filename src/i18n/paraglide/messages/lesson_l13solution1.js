/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L13solution1Inputs */

const en_lesson_l13solution1 = /** @type {(inputs: Lesson_L13solution1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Set Retention to "Leave on server": each device downloads each message once, remembering UIDs. But that is all POP shares: read state, flags, folders and deletions stay on each device. IMAP keeps them on the server for every device, and tells a connected client about new mail at once (IDLE).`)
};

/** @type {(inputs: Lesson_L13solution1Inputs) => LocalizedString} */
const es_lesson_l13solution1 = en_lesson_l13solution1;

/** @type {(inputs: Lesson_L13solution1Inputs) => LocalizedString} */
const de_lesson_l13solution1 = en_lesson_l13solution1;

/**
* | output |
* | --- |
* | "Set Retention to \"Leave on server\": each device downloads each message once, remembering UIDs. But that is all POP shares: read state, flags, folders and del..." |
*
* @param {Lesson_L13solution1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l13solution1 = /** @type {((inputs?: Lesson_L13solution1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L13solution1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l13solution1(inputs)
	if (locale === "de") return de_lesson_l13solution1(inputs)
	return en_lesson_l13solution1(inputs)
});
export { lesson_l13solution1 as "lesson_l13Solution" }