/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L14scenariosummary2Inputs */

const en_lesson_l14scenariosummary2 = /** @type {(inputs: Lesson_L14scenariosummary2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A fourth message arrives during the laptop's session; the phone polls later and sends DELE 1 for a message it deleted yesterday.`)
};

const es_lesson_l14scenariosummary2 = /** @type {(inputs: Lesson_L14scenariosummary2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Un cuarto mensaje llega durante la sesión del portátil; el móvil consulta más tarde y envía DELE 1 por un mensaje que borró ayer.`)
};

const de_lesson_l14scenariosummary2 = /** @type {(inputs: Lesson_L14scenariosummary2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Eine vierte Nachricht kommt während der Sitzung des Laptops an; das Handy ruft später ab und sendet DELE 1 für eine Nachricht, die es gestern gelöscht hat.`)
};

/**
* | output |
* | --- |
* | "A fourth message arrives during the laptop's session; the phone polls later and sends DELE 1 for a message it deleted yesterday." |
*
* @param {Lesson_L14scenariosummary2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l14scenariosummary2 = /** @type {((inputs?: Lesson_L14scenariosummary2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L14scenariosummary2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l14scenariosummary2(inputs)
	if (locale === "de") return de_lesson_l14scenariosummary2(inputs)
	return en_lesson_l14scenariosummary2(inputs)
});
export { lesson_l14scenariosummary2 as "lesson_l14ScenarioSummary" }