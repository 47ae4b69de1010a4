/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10claimportsfacts3Inputs */

const en_lesson_l10claimportsfacts3 = /** @type {(inputs: Lesson_L10claimportsfacts3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP1 and POP2 used port 109 (RFC 923, RFC 937); POP3 uses 110 (RFC 1081 onward). 995 is POP3 inside implicit TLS, not another protocol version: in use since the 1990s, discouraged by RFC 2595 §7 in 1999, made the preferred method by RFC 8314 §3.1 in 2018.`)
};

const es_lesson_l10claimportsfacts3 = /** @type {(inputs: Lesson_L10claimportsfacts3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP1 y POP2 usaban el puerto 109 (RFC 923, RFC 937); POP3 usa el 110 (desde la RFC 1081). El 995 es POP3 dentro de TLS implícito, no otra versión del protocolo: se usaba ya en los años noventa, la RFC 2595 §7 lo desaconsejó en 1999 y la RFC 8314 §3.1 lo convirtió en el método preferido en 2018.`)
};

const de_lesson_l10claimportsfacts3 = /** @type {(inputs: Lesson_L10claimportsfacts3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP1 und POP2 nutzten Port 109 (RFC 923, RFC 937); POP3 nutzt 110 (ab RFC 1081). 995 ist POP3 in implizitem TLS, keine weitere Protokollversion: seit den 1990ern in Gebrauch; 1999 riet RFC 2595 §7 davon ab, 2018 machte RFC 8314 §3.1 es zum bevorzugten Verfahren.`)
};

/**
* | output |
* | --- |
* | "POP1 and POP2 used port 109 (RFC 923, RFC 937); POP3 uses 110 (RFC 1081 onward). 995 is POP3 inside implicit TLS, not another protocol version: in use since ..." |
*
* @param {Lesson_L10claimportsfacts3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10claimportsfacts3 = /** @type {((inputs?: Lesson_L10claimportsfacts3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10claimportsfacts3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10claimportsfacts3(inputs)
	if (locale === "de") return de_lesson_l10claimportsfacts3(inputs)
	return en_lesson_l10claimportsfacts3(inputs)
});
export { lesson_l10claimportsfacts3 as "lesson_l10ClaimPortsFacts" }