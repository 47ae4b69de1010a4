/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L14goalsay32Inputs */

const en_lesson_l14goalsay32 = /** @type {(inputs: Lesson_L14goalsay32Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The phone still deletes by a message number from yesterday. Try the other setting for the phone.`)
};

const es_lesson_l14goalsay32 = /** @type {(inputs: Lesson_L14goalsay32Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El móvil sigue borrando por un número de mensaje de ayer. Prueba el otro ajuste para el móvil.`)
};

const de_lesson_l14goalsay32 = /** @type {(inputs: Lesson_L14goalsay32Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Das Handy löscht immer noch nach einer Nachrichtennummer von gestern. Probier die andere Einstellung für das Handy.`)
};

/**
* | output |
* | --- |
* | "The phone still deletes by a message number from yesterday. Try the other setting for the phone." |
*
* @param {Lesson_L14goalsay32Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l14goalsay32 = /** @type {((inputs?: Lesson_L14goalsay32Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L14goalsay32Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l14goalsay32(inputs)
	if (locale === "de") return de_lesson_l14goalsay32(inputs)
	return en_lesson_l14goalsay32(inputs)
});
export { lesson_l14goalsay32 as "lesson_l14GoalSay3" }