/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L15summary1Inputs */

const en_lesson_l15summary1 = /** @type {(inputs: Lesson_L15summary1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The same laptop as in "A client in a hurry": a slow disk, and it downloads and deletes three messages. Before you look at the fault map, guess at which steps a crash would cost mail. Then open the map (Tools, then "Fault map") and compare. Then change how the laptop orders its work and open the map again.`)
};

const es_lesson_l15summary1 = /** @type {(inputs: Lesson_L15summary1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El mismo portátil que en «Un cliente con prisas»: un disco lento, y descarga y borra tres mensajes. Antes de mirar el mapa de fallos, adivina en qué pasos un cuelgue costaría correo. Luego abre el mapa (Herramientas y después «Mapa de fallos») y compara. Por último, cambia el orden en que el portátil hace su trabajo y vuelve a abrir el mapa.`)
};

const de_lesson_l15summary1 = /** @type {(inputs: Lesson_L15summary1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Derselbe Laptop wie in „Ein Client in Eile“: eine langsame Festplatte, und er lädt drei Nachrichten herunter und löscht sie. Bevor du dir die Störungskarte ansiehst, schätze, bei welchen Schritten ein Absturz Mail kosten würde. Öffne dann die Karte (Werkzeuge, dann „Störungskarte“) und vergleiche. Ändere danach, in welcher Reihenfolge der Laptop seine Arbeit erledigt, und öffne die Karte noch einmal.`)
};

/**
* | output |
* | --- |
* | "The same laptop as in \"A client in a hurry\": a slow disk, and it downloads and deletes three messages. Before you look at the fault map, guess at which steps..." |
*
* @param {Lesson_L15summary1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l15summary1 = /** @type {((inputs?: Lesson_L15summary1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L15summary1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l15summary1(inputs)
	if (locale === "de") return de_lesson_l15summary1(inputs)
	return en_lesson_l15summary1(inputs)
});
export { lesson_l15summary1 as "lesson_l15Summary" }