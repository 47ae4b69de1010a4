/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L02cp2choiceuids3Inputs */

const en_lesson_l02cp2choiceuids3 = /** @type {(inputs: Lesson_L02cp2choiceuids3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The phone remembers the unique-id of every message it saved, and compares them with the server's UIDL listing.`)
};

const es_lesson_l02cp2choiceuids3 = /** @type {(inputs: Lesson_L02cp2choiceuids3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El móvil recuerda el identificador único de cada mensaje que ha guardado y lo compara con la lista UIDL del servidor.`)
};

const de_lesson_l02cp2choiceuids3 = /** @type {(inputs: Lesson_L02cp2choiceuids3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Das Handy merkt sich die eindeutige ID jeder Nachricht, die es gespeichert hat, und vergleicht sie mit der UIDL-Liste des Servers.`)
};

/**
* | output |
* | --- |
* | "The phone remembers the unique-id of every message it saved, and compares them with the server's UIDL listing." |
*
* @param {Lesson_L02cp2choiceuids3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l02cp2choiceuids3 = /** @type {((inputs?: Lesson_L02cp2choiceuids3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L02cp2choiceuids3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l02cp2choiceuids3(inputs)
	if (locale === "de") return de_lesson_l02cp2choiceuids3(inputs)
	return en_lesson_l02cp2choiceuids3(inputs)
});
export { lesson_l02cp2choiceuids3 as "lesson_l02Cp2ChoiceUids" }