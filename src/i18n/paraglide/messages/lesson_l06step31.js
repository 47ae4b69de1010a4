/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L06step31Inputs */

const en_lesson_l06step31 = /** @type {(inputs: Lesson_L06step31Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Watch the laptop's UID memory as each copy becomes durable.`)
};

const es_lesson_l06step31 = /** @type {(inputs: Lesson_L06step31Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Observa la memoria de UID del portátil a medida que cada copia queda guardada en disco.`)
};

const de_lesson_l06step31 = /** @type {(inputs: Lesson_L06step31Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Beobachte das UID-Gedächtnis des Laptops, während jede Kopie dauerhaft gespeichert wird.`)
};

/**
* | output |
* | --- |
* | "Watch the laptop's UID memory as each copy becomes durable." |
*
* @param {Lesson_L06step31Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l06step31 = /** @type {((inputs?: Lesson_L06step31Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L06step31Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l06step31(inputs)
	if (locale === "de") return de_lesson_l06step31(inputs)
	return en_lesson_l06step31(inputs)
});
export { lesson_l06step31 as "lesson_l06Step3" }