/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L01step11Inputs */

const en_lesson_l01step11 = /** @type {(inputs: Lesson_L01step11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open the terminal. The server greets you with +OK: the session is in the AUTHORIZATION state (RFC 1939 §4).`)
};

const es_lesson_l01step11 = /** @type {(inputs: Lesson_L01step11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Abre el terminal. El servidor te saluda con +OK: la sesión está en el estado AUTHORIZATION (RFC 1939 §4).`)
};

const de_lesson_l01step11 = /** @type {(inputs: Lesson_L01step11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Öffne das Terminal. Der Server begrüßt dich mit +OK: Die Sitzung ist im Zustand AUTHORIZATION (RFC 1939 §4).`)
};

/**
* | output |
* | --- |
* | "Open the terminal. The server greets you with +OK: the session is in the AUTHORIZATION state (RFC 1939 §4)." |
*
* @param {Lesson_L01step11Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l01step11 = /** @type {((inputs?: Lesson_L01step11Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L01step11Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l01step11(inputs)
	if (locale === "de") return de_lesson_l01step11(inputs)
	return en_lesson_l01step11(inputs)
});
export { lesson_l01step11 as "lesson_l01Step1" }