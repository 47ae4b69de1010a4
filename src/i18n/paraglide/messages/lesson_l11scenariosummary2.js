/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L11scenariosummary2Inputs */

const en_lesson_l11scenariosummary2 = /** @type {(inputs: Lesson_L11scenariosummary2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The laptop leaves mail on the server for at most 14 days and polls on day 0 and day 15; the phone leaves mail on the server and polls on day 20.`)
};

const es_lesson_l11scenariosummary2 = /** @type {(inputs: Lesson_L11scenariosummary2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El portátil deja el correo en el servidor como máximo 14 días y consulta los días 0 y 15; el móvil deja el correo en el servidor y consulta el día 20.`)
};

const de_lesson_l11scenariosummary2 = /** @type {(inputs: Lesson_L11scenariosummary2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Laptop lässt Mail höchstens 14 Tage auf dem Server und ruft an Tag 0 und Tag 15 ab; das Handy lässt Mail auf dem Server und ruft an Tag 20 ab.`)
};

/**
* | output |
* | --- |
* | "The laptop leaves mail on the server for at most 14 days and polls on day 0 and day 15; the phone leaves mail on the server and polls on day 20." |
*
* @param {Lesson_L11scenariosummary2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l11scenariosummary2 = /** @type {((inputs?: Lesson_L11scenariosummary2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L11scenariosummary2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l11scenariosummary2(inputs)
	if (locale === "de") return de_lesson_l11scenariosummary2(inputs)
	return en_lesson_l11scenariosummary2(inputs)
});
export { lesson_l11scenariosummary2 as "lesson_l11ScenarioSummary" }