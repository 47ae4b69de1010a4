/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10claimencryptionfacts3Inputs */

const en_lesson_l10claimencryptionfacts3 = /** @type {(inputs: Lesson_L10claimencryptionfacts3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP1 and POP2 predate SSL. Base POP3 has no encryption either: PASS and RETR travel in the clear. TLS came later: port 995 with TLS from the first byte was in use in the 1990s; STLS (RFC 2595, 1999) upgrades port 110 and RFC 2595 §7 discouraged 995; RFC 8314 (2018) made implicit TLS on 995 the preferred way, because STLS can be stripped by an attacker.`)
};

const es_lesson_l10claimencryptionfacts3 = /** @type {(inputs: Lesson_L10claimencryptionfacts3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP1 y POP2 son anteriores a SSL. El POP3 básico tampoco tiene cifrado: PASS y RETR viajan en claro. TLS llegó más tarde: el puerto 995, con TLS desde el primer byte, ya se usaba en los años noventa; STLS (RFC 2595, 1999) pasa a TLS una sesión del puerto 110, y la RFC 2595 §7 desaconsejó el 995; la RFC 8314 (2018) hizo del TLS implícito en el 995 la forma preferida, porque un atacante puede eliminar STLS.`)
};

const de_lesson_l10claimencryptionfacts3 = /** @type {(inputs: Lesson_L10claimencryptionfacts3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP1 und POP2 sind älter als SSL. Auch einfaches POP3 hat keine Verschlüsselung: PASS und RETR gehen im Klartext über die Leitung. TLS kam später: Port 995 mit TLS ab dem ersten Byte war schon in den 1990ern in Gebrauch; STLS (RFC 2595, 1999) stellt eine Sitzung auf Port 110 auf TLS um, und RFC 2595 §7 riet von 995 ab; RFC 8314 (2018) machte implizites TLS auf 995 zum bevorzugten Weg, weil ein Angreifer STLS entfernen kann.`)
};

/**
* | output |
* | --- |
* | "POP1 and POP2 predate SSL. Base POP3 has no encryption either: PASS and RETR travel in the clear. TLS came later: port 995 with TLS from the first byte was i..." |
*
* @param {Lesson_L10claimencryptionfacts3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10claimencryptionfacts3 = /** @type {((inputs?: Lesson_L10claimencryptionfacts3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10claimencryptionfacts3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10claimencryptionfacts3(inputs)
	if (locale === "de") return de_lesson_l10claimencryptionfacts3(inputs)
	return en_lesson_l10claimencryptionfacts3(inputs)
});
export { lesson_l10claimencryptionfacts3 as "lesson_l10ClaimEncryptionFacts" }