/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L12cp1question2Inputs */

const en_lesson_l12cp1question2 = /** @type {(inputs: Lesson_L12cp1question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server's greeting has arrived. Suppose this server listed STLS in its CAPA reply and the laptop upgraded to TLS whenever it saw STLS there. An attacker in the path deletes "STLS" from the CAPA reply. What happens?`)
};

const es_lesson_l12cp1question2 = /** @type {(inputs: Lesson_L12cp1question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ha llegado el saludo del servidor. Supón que este servidor anunciara STLS en su respuesta a CAPA y que el portátil pasara a TLS siempre que viera STLS ahí. Un atacante situado en el camino borra «STLS» de la respuesta a CAPA. ¿Qué pasa?`)
};

const de_lesson_l12cp1question2 = /** @type {(inputs: Lesson_L12cp1question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Begrüßung des Servers ist angekommen. Angenommen, dieser Server führte STLS in seiner Antwort auf CAPA auf, und der Laptop würde immer auf TLS umschalten, wenn er dort STLS sieht. Ein Angreifer auf dem Weg löscht „STLS“ aus der Antwort auf CAPA. Was passiert?`)
};

/**
* | output |
* | --- |
* | "The server's greeting has arrived. Suppose this server listed STLS in its CAPA reply and the laptop upgraded to TLS whenever it saw STLS there. An attacker i..." |
*
* @param {Lesson_L12cp1question2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l12cp1question2 = /** @type {((inputs?: Lesson_L12cp1question2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L12cp1question2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l12cp1question2(inputs)
	if (locale === "de") return de_lesson_l12cp1question2(inputs)
	return en_lesson_l12cp1question2(inputs)
});
export { lesson_l12cp1question2 as "lesson_l12Cp1Question" }