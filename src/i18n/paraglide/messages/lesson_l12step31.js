/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L12step31Inputs */

const en_lesson_l12step31 = /** @type {(inputs: Lesson_L12step31Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TLS is not simulated here: every line is shown as it is sent. The question at the greeting is about what TLS would change.`)
};

const es_lesson_l12step31 = /** @type {(inputs: Lesson_L12step31Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aquí no se simula TLS: cada línea se muestra tal como se envía. La pregunta que aparece con el saludo del servidor trata de lo que cambiaría TLS.`)
};

const de_lesson_l12step31 = /** @type {(inputs: Lesson_L12step31Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TLS wird hier nicht simuliert: Jede Zeile erscheint so, wie sie gesendet wird. Die Frage bei der Begrüßung des Servers dreht sich darum, was TLS ändern würde.`)
};

/**
* | output |
* | --- |
* | "TLS is not simulated here: every line is shown as it is sent. The question at the greeting is about what TLS would change." |
*
* @param {Lesson_L12step31Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l12step31 = /** @type {((inputs?: Lesson_L12step31Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L12step31Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l12step31(inputs)
	if (locale === "de") return de_lesson_l12step31(inputs)
	return en_lesson_l12step31(inputs)
});
export { lesson_l12step31 as "lesson_l12Step3" }