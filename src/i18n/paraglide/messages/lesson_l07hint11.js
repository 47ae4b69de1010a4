/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L07hint11Inputs */

const en_lesson_l07hint11 = /** @type {(inputs: Lesson_L07hint11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Message numbers last only one session (RFC 1939 §4): "message 2" next time may be another message.`)
};

const es_lesson_l07hint11 = /** @type {(inputs: Lesson_L07hint11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Los números de mensaje solo valen para una sesión (RFC 1939 §4): el «mensaje 2» de la próxima vez puede ser otro mensaje.`)
};

const de_lesson_l07hint11 = /** @type {(inputs: Lesson_L07hint11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nachrichtennummern gelten nur für eine Sitzung (RFC 1939 §4): „Nachricht 2“ kann beim nächsten Mal eine andere Nachricht sein.`)
};

/**
* | output |
* | --- |
* | "Message numbers last only one session (RFC 1939 §4): \"message 2\" next time may be another message." |
*
* @param {Lesson_L07hint11Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l07hint11 = /** @type {((inputs?: Lesson_L07hint11Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L07hint11Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l07hint11(inputs)
	if (locale === "de") return de_lesson_l07hint11(inputs)
	return en_lesson_l07hint11(inputs)
});
export { lesson_l07hint11 as "lesson_l07Hint1" }