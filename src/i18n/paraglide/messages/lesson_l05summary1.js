/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L05summary1Inputs */

const en_lesson_l05summary1 = /** @type {(inputs: Lesson_L05summary1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This client sends DELE as soon as it has received a message, and its disk is slow. Watch its store, then find the moment at which a crash of the client matters.`)
};

const es_lesson_l05summary1 = /** @type {(inputs: Lesson_L05summary1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Este cliente envía DELE en cuanto ha recibido un mensaje, y su disco es lento. Observa su almacén y luego busca el momento en que un cuelgue del cliente tiene consecuencias.`)
};

const de_lesson_l05summary1 = /** @type {(inputs: Lesson_L05summary1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dieser Client sendet DELE, sobald er eine Nachricht empfangen hat, und seine Festplatte ist langsam. Beobachte seinen Speicher und finde dann den Moment, in dem ein Absturz des Clients Folgen hat.`)
};

/**
* | output |
* | --- |
* | "This client sends DELE as soon as it has received a message, and its disk is slow. Watch its store, then find the moment at which a crash of the client matters." |
*
* @param {Lesson_L05summary1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l05summary1 = /** @type {((inputs?: Lesson_L05summary1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L05summary1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l05summary1(inputs)
	if (locale === "de") return de_lesson_l05summary1(inputs)
	return en_lesson_l05summary1(inputs)
});
export { lesson_l05summary1 as "lesson_l05Summary" }