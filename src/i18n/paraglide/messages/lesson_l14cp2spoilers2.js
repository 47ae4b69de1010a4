/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L14cp2spoilers2Inputs */

const en_lesson_l14cp2spoilers2 = /** @type {(inputs: Lesson_L14cp2spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`invoice, which is message 1 | no device has downloaded`)
};

const es_lesson_l14cp2spoilers2 = /** @type {(inputs: Lesson_L14cp2spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`factura nueva, que es el mensaje 1 | ningún dispositivo ha descargado`)
};

const de_lesson_l14cp2spoilers2 = /** @type {(inputs: Lesson_L14cp2spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rechnung, die in dieser Sitzung Nachricht 1 ist | kein Gerät heruntergeladen`)
};

/**
* | output |
* | --- |
* | "invoice, which is message 1 \| no device has downloaded" |
*
* @param {Lesson_L14cp2spoilers2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l14cp2spoilers2 = /** @type {((inputs?: Lesson_L14cp2spoilers2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L14cp2spoilers2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l14cp2spoilers2(inputs)
	if (locale === "de") return de_lesson_l14cp2spoilers2(inputs)
	return en_lesson_l14cp2spoilers2(inputs)
});
export { lesson_l14cp2spoilers2 as "lesson_l14Cp2Spoilers" }