/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L12cp2explanation2Inputs */

const en_lesson_l12cp2explanation2 = /** @type {(inputs: Lesson_L12cp2explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`PLAIN sends "\\0alice\\0tanstaaf" in base64: an encoding, not a secret. It is meant to be used inside TLS only, and servers refuse it without TLS unless told otherwise (this simulated server accepts it, so you can see it).`)
};

const es_lesson_l12cp2explanation2 = /** @type {(inputs: Lesson_L12cp2explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`PLAIN envía «\\0alice\\0tanstaaf» en base64: una codificación, no un secreto. Está pensado para usarse solo dentro de TLS, y los servidores lo rechazan sin TLS salvo que se configuren de otro modo (este servidor simulado lo acepta para que puedas verlo).`)
};

const de_lesson_l12cp2explanation2 = /** @type {(inputs: Lesson_L12cp2explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`PLAIN sendet „\\0alice\\0tanstaaf“ in Base64: eine Kodierung, kein Geheimnis. Es ist nur für den Einsatz innerhalb von TLS gedacht, und Server lehnen es ohne TLS ab, sofern man sie nicht anders einstellt (dieser simulierte Server nimmt es an, damit du es sehen kannst).`)
};

/**
* | output |
* | --- |
* | "PLAIN sends \"\\0alice\\0tanstaaf\" in base64: an encoding, not a secret. It is meant to be used inside TLS only, and servers refuse it without TLS unless told o..." |
*
* @param {Lesson_L12cp2explanation2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l12cp2explanation2 = /** @type {((inputs?: Lesson_L12cp2explanation2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L12cp2explanation2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l12cp2explanation2(inputs)
	if (locale === "de") return de_lesson_l12cp2explanation2(inputs)
	return en_lesson_l12cp2explanation2(inputs)
});
export { lesson_l12cp2explanation2 as "lesson_l12Cp2Explanation" }