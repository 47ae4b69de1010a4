/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10claimmultideviceclaim4Inputs */

const en_lesson_l10claimmultideviceclaim4 = /** @type {(inputs: Lesson_L10claimmultideviceclaim4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP is for a single device; POP3 supports access from multiple devices.`)
};

const es_lesson_l10claimmultideviceclaim4 = /** @type {(inputs: Lesson_L10claimmultideviceclaim4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP es para un solo dispositivo; POP3 permite el acceso desde varios dispositivos.`)
};

const de_lesson_l10claimmultideviceclaim4 = /** @type {(inputs: Lesson_L10claimmultideviceclaim4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP ist für ein einzelnes Gerät; POP3 unterstützt den Zugriff von mehreren Geräten.`)
};

/**
* | output |
* | --- |
* | "POP is for a single device; POP3 supports access from multiple devices." |
*
* @param {Lesson_L10claimmultideviceclaim4Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10claimmultideviceclaim4 = /** @type {((inputs?: Lesson_L10claimmultideviceclaim4Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10claimmultideviceclaim4Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10claimmultideviceclaim4(inputs)
	if (locale === "de") return de_lesson_l10claimmultideviceclaim4(inputs)
	return en_lesson_l10claimmultideviceclaim4(inputs)
});
export { lesson_l10claimmultideviceclaim4 as "lesson_l10ClaimMultiDeviceClaim" }