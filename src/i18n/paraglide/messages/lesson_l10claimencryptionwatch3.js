/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10claimencryptionwatch3Inputs */

const en_lesson_l10claimencryptionwatch3 = /** @type {(inputs: Lesson_L10claimencryptionwatch3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Step to the laptop's PASS line and read it on the channel.`)
};

const es_lesson_l10claimencryptionwatch3 = /** @type {(inputs: Lesson_L10claimencryptionwatch3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Avanza hasta la línea PASS del portátil y léela en el canal.`)
};

const de_lesson_l10claimencryptionwatch3 = /** @type {(inputs: Lesson_L10claimencryptionwatch3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Geh bis zur PASS-Zeile des Laptops und lies sie auf dem Kanal.`)
};

/**
* | output |
* | --- |
* | "Step to the laptop's PASS line and read it on the channel." |
*
* @param {Lesson_L10claimencryptionwatch3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10claimencryptionwatch3 = /** @type {((inputs?: Lesson_L10claimencryptionwatch3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10claimencryptionwatch3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10claimencryptionwatch3(inputs)
	if (locale === "de") return de_lesson_l10claimencryptionwatch3(inputs)
	return en_lesson_l10claimencryptionwatch3(inputs)
});
export { lesson_l10claimencryptionwatch3 as "lesson_l10ClaimEncryptionWatch" }