/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L07summary1Inputs */

const en_lesson_l07summary1 = /** @type {(inputs: Lesson_L07summary1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This client leaves mail on the server but never sends UIDL. It polls twice. Predict what the second poll downloads, then find the one Retention setting in which it gets each message exactly once. (Thunderbird refuses to leave mail on a server that does not offer UIDL; this lesson is the other side: a server that offers it, and a client that never asks.)`)
};

const es_lesson_l07summary1 = /** @type {(inputs: Lesson_L07summary1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Este cliente deja el correo en el servidor, pero nunca envía UIDL. Consulta dos veces. Predice qué descarga la segunda consulta y luego encuentra el único ajuste de Conservación con el que recibe cada mensaje exactamente una vez. (Thunderbird se niega a dejar el correo en un servidor que no ofrece UIDL; esta lección es el otro lado: un servidor que lo ofrece y un cliente que nunca lo pide.)`)
};

const de_lesson_l07summary1 = /** @type {(inputs: Lesson_L07summary1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dieser Client lässt Mail auf dem Server, sendet aber nie UIDL. Er ruft zweimal ab. Sag voraus, was der zweite Abruf herunterlädt, und finde dann die eine Einstellung der Aufbewahrung, bei der er jede Nachricht genau einmal bekommt. (Thunderbird weigert sich, Mail auf einem Server zu lassen, der kein UIDL anbietet; diese Lektion zeigt die andere Seite: einen Server, der es anbietet, und einen Client, der nie danach fragt.)`)
};

/**
* | output |
* | --- |
* | "This client leaves mail on the server but never sends UIDL. It polls twice. Predict what the second poll downloads, then find the one Retention setting in wh..." |
*
* @param {Lesson_L07summary1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l07summary1 = /** @type {((inputs?: Lesson_L07summary1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L07summary1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l07summary1(inputs)
	if (locale === "de") return de_lesson_l07summary1(inputs)
	return en_lesson_l07summary1(inputs)
});
export { lesson_l07summary1 as "lesson_l07Summary" }