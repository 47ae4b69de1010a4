/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L08hint11Inputs */

const en_lesson_l08hint11 = /** @type {(inputs: Lesson_L08hint11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The Protocol menu is in the header, beside the Scenario menu (on a phone: in Tools).`)
};

const es_lesson_l08hint11 = /** @type {(inputs: Lesson_L08hint11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El menú Protocolo está en la cabecera, junto al menú Escenario (en el móvil: en Herramientas).`)
};

const de_lesson_l08hint11 = /** @type {(inputs: Lesson_L08hint11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Das Menü Protokoll ist in der Kopfzeile, neben dem Menü Szenario (auf dem Handy: unter Werkzeuge).`)
};

/**
* | output |
* | --- |
* | "The Protocol menu is in the header, beside the Scenario menu (on a phone: in Tools)." |
*
* @param {Lesson_L08hint11Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l08hint11 = /** @type {((inputs?: Lesson_L08hint11Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L08hint11Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l08hint11(inputs)
	if (locale === "de") return de_lesson_l08hint11(inputs)
	return en_lesson_l08hint11(inputs)
});
export { lesson_l08hint11 as "lesson_l08Hint1" }