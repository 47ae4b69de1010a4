/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L12summary1Inputs */

const en_lesson_l12summary1 = /** @type {(inputs: Lesson_L12summary1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP3 servers accept several login methods: USER and PASS, APOP, and SASL mechanisms through AUTH, such as PLAIN and CRAM-MD5. This laptop logs in with AUTH PLAIN. Read each method's login lines on the channel as an eavesdropper would, and find the one that is a standard SASL mechanism and keeps the password off the wire.`)
};

/** @type {(inputs: Lesson_L12summary1Inputs) => LocalizedString} */
const es_lesson_l12summary1 = en_lesson_l12summary1;

/** @type {(inputs: Lesson_L12summary1Inputs) => LocalizedString} */
const de_lesson_l12summary1 = en_lesson_l12summary1;

/**
* | output |
* | --- |
* | "POP3 servers accept several login methods: USER and PASS, APOP, and SASL mechanisms through AUTH, such as PLAIN and CRAM-MD5. This laptop logs in with AUTH P..." |
*
* @param {Lesson_L12summary1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l12summary1 = /** @type {((inputs?: Lesson_L12summary1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L12summary1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l12summary1(inputs)
	if (locale === "de") return de_lesson_l12summary1(inputs)
	return en_lesson_l12summary1(inputs)
});
export { lesson_l12summary1 as "lesson_l12Summary" }