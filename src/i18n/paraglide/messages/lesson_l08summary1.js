/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L08summary1Inputs */

const en_lesson_l08summary1 = /** @type {(inputs: Lesson_L08summary1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP1 (RFC 918, 1984) and POP2 (RFC 937, 1985) came before POP3 (RFC 1081, 1988). Play a POP2 session, then the same maildrop over POP1, and find out at which moment each server deletes.`)
};

/** @type {(inputs: Lesson_L08summary1Inputs) => LocalizedString} */
const es_lesson_l08summary1 = en_lesson_l08summary1;

/** @type {(inputs: Lesson_L08summary1Inputs) => LocalizedString} */
const de_lesson_l08summary1 = en_lesson_l08summary1;

/**
* | output |
* | --- |
* | "POP1 (RFC 918, 1984) and POP2 (RFC 937, 1985) came before POP3 (RFC 1081, 1988). Play a POP2 session, then the same maildrop over POP1, and find out at which..." |
*
* @param {Lesson_L08summary1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l08summary1 = /** @type {((inputs?: Lesson_L08summary1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L08summary1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l08summary1(inputs)
	if (locale === "de") return de_lesson_l08summary1(inputs)
	return en_lesson_l08summary1(inputs)
});
export { lesson_l08summary1 as "lesson_l08Summary" }