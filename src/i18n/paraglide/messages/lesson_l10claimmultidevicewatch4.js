/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10claimmultidevicewatch4Inputs */

const en_lesson_l10claimmultidevicewatch4 = /** @type {(inputs: Lesson_L10claimmultidevicewatch4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A laptop and a phone on one POP3 maildrop: watch what the phone finds when it polls.`)
};

const es_lesson_l10claimmultidevicewatch4 = /** @type {(inputs: Lesson_L10claimmultidevicewatch4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Un portátil y un móvil sobre el mismo buzón POP3: mira qué encuentra el móvil cuando consulta.`)
};

const de_lesson_l10claimmultidevicewatch4 = /** @type {(inputs: Lesson_L10claimmultidevicewatch4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ein Laptop und ein Handy an einem POP3-Postfach: Sieh dir an, was das Handy findet, wenn es abruft.`)
};

/**
* | output |
* | --- |
* | "A laptop and a phone on one POP3 maildrop: watch what the phone finds when it polls." |
*
* @param {Lesson_L10claimmultidevicewatch4Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10claimmultidevicewatch4 = /** @type {((inputs?: Lesson_L10claimmultidevicewatch4Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10claimmultidevicewatch4Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10claimmultidevicewatch4(inputs)
	if (locale === "de") return de_lesson_l10claimmultidevicewatch4(inputs)
	return en_lesson_l10claimmultidevicewatch4(inputs)
});
export { lesson_l10claimmultidevicewatch4 as "lesson_l10ClaimMultiDeviceWatch" }