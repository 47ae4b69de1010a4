/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L08summary1Inputs */

const en_lesson_l08summary1 = /** @type {(inputs: Lesson_L08summary1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP1 (RFC 918, 1984) and POP2 (RFC 937, 1985) came before POP3 (RFC 1081, 1988). Play a POP2 session, then the same maildrop over POP1, and find out at which moment each server deletes.`)
};

const es_lesson_l08summary1 = /** @type {(inputs: Lesson_L08summary1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP1 (RFC 918, 1984) y POP2 (RFC 937, 1985) llegaron antes que POP3 (RFC 1081, 1988). Reproduce una sesión POP2, luego el mismo buzón por POP1, y descubre en qué momento borra cada servidor.`)
};

const de_lesson_l08summary1 = /** @type {(inputs: Lesson_L08summary1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP1 (RFC 918, 1984) und POP2 (RFC 937, 1985) kamen vor POP3 (RFC 1081, 1988). Spiel eine POP2-Sitzung ab, dann dasselbe Postfach über POP1, und finde heraus, in welchem Moment jeder Server löscht.`)
};

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