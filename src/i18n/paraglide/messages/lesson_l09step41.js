/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L09step41Inputs */

const en_lesson_l09step41 = /** @type {(inputs: Lesson_L09step41Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`About TLS, honestly: this simulator shows every octet as it is sent; it does not model encryption. With STLS (RFC 2595 §4) the greeting, CAPA and STLS itself travel before TLS starts, and an active attacker can strip STLS from the CAPA list so the client carries on without TLS; that is why RFC 8314 (2018) prefers port 995, where TLS starts before the greeting. Either way the addresses, the timing and the sizes of what is sent stay visible. The simulated server does not offer STLS, so here you can only read about it.`)
};

/** @type {(inputs: Lesson_L09step41Inputs) => LocalizedString} */
const es_lesson_l09step41 = en_lesson_l09step41;

/** @type {(inputs: Lesson_L09step41Inputs) => LocalizedString} */
const de_lesson_l09step41 = en_lesson_l09step41;

/**
* | output |
* | --- |
* | "About TLS, honestly: this simulator shows every octet as it is sent; it does not model encryption. With STLS (RFC 2595 §4) the greeting, CAPA and STLS itself..." |
*
* @param {Lesson_L09step41Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l09step41 = /** @type {((inputs?: Lesson_L09step41Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L09step41Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l09step41(inputs)
	if (locale === "de") return de_lesson_l09step41(inputs)
	return en_lesson_l09step41(inputs)
});
export { lesson_l09step41 as "lesson_l09Step4" }