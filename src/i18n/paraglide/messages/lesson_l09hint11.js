/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L09hint11Inputs */

const en_lesson_l09hint11 = /** @type {(inputs: Lesson_L09hint11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The greeting "+OK POP3 server ready <...>" carries a timestamp: that is the server offering APOP.`)
};

const es_lesson_l09hint11 = /** @type {(inputs: Lesson_L09hint11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El saludo «+OK POP3 server ready <...>» lleva un sello de tiempo: así anuncia el servidor que ofrece APOP.`)
};

const de_lesson_l09hint11 = /** @type {(inputs: Lesson_L09hint11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Begrüßung „+OK POP3 server ready <...>“ enthält einen Zeitstempel: Damit bietet der Server APOP an.`)
};

/**
* | output |
* | --- |
* | "The greeting \"+OK POP3 server ready <...>\" carries a timestamp: that is the server offering APOP." |
*
* @param {Lesson_L09hint11Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l09hint11 = /** @type {((inputs?: Lesson_L09hint11Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L09hint11Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l09hint11(inputs)
	if (locale === "de") return de_lesson_l09hint11(inputs)
	return en_lesson_l09hint11(inputs)
});
export { lesson_l09hint11 as "lesson_l09Hint1" }