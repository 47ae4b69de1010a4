/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L09step11Inputs */

const en_lesson_l09step11 = /** @type {(inputs: Lesson_L09step11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Step to the laptop's PASS command and read its octets on the channel.`)
};

const es_lesson_l09step11 = /** @type {(inputs: Lesson_L09step11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Avanza hasta la orden PASS del portátil y lee sus octetos en el canal.`)
};

const de_lesson_l09step11 = /** @type {(inputs: Lesson_L09step11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Geh Schritt für Schritt bis zum PASS-Befehl des Laptops und lies seine Oktette auf dem Kanal.`)
};

/**
* | output |
* | --- |
* | "Step to the laptop's PASS command and read its octets on the channel." |
*
* @param {Lesson_L09step11Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l09step11 = /** @type {((inputs?: Lesson_L09step11Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L09step11Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l09step11(inputs)
	if (locale === "de") return de_lesson_l09step11(inputs)
	return en_lesson_l09step11(inputs)
});
export { lesson_l09step11 as "lesson_l09Step1" }