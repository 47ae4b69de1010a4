/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10claimauthenticationwatch3Inputs */

const en_lesson_l10claimauthenticationwatch3 = /** @type {(inputs: Lesson_L10claimauthenticationwatch3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A POP2 login of 1985: read the HELO line on the channel.`)
};

const es_lesson_l10claimauthenticationwatch3 = /** @type {(inputs: Lesson_L10claimauthenticationwatch3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Un inicio de sesión POP2 de 1985: lee la línea HELO en el canal.`)
};

const de_lesson_l10claimauthenticationwatch3 = /** @type {(inputs: Lesson_L10claimauthenticationwatch3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Eine POP2-Anmeldung von 1985: Lies die HELO-Zeile auf dem Kanal.`)
};

/**
* | output |
* | --- |
* | "A POP2 login of 1985: read the HELO line on the channel." |
*
* @param {Lesson_L10claimauthenticationwatch3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10claimauthenticationwatch3 = /** @type {((inputs?: Lesson_L10claimauthenticationwatch3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10claimauthenticationwatch3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10claimauthenticationwatch3(inputs)
	if (locale === "de") return de_lesson_l10claimauthenticationwatch3(inputs)
	return en_lesson_l10claimauthenticationwatch3(inputs)
});
export { lesson_l10claimauthenticationwatch3 as "lesson_l10ClaimAuthenticationWatch" }