/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L04cp2question2Inputs */

const en_lesson_l04cp2question2 = /** @type {(inputs: Lesson_L04cp2question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The laptop never heard +OK to its QUIT. It polls again. What does it find, and what does the Outcome say at the end?`)
};

const es_lesson_l04cp2question2 = /** @type {(inputs: Lesson_L04cp2question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El portátil nunca recibió el +OK de su QUIT. Vuelve a consultar. ¿Qué encuentra, y qué dice el Resultado al final?`)
};

const de_lesson_l04cp2question2 = /** @type {(inputs: Lesson_L04cp2question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Laptop hat auf sein QUIT nie ein +OK gehört. Er ruft noch einmal ab. Was findet er vor, und was sagt das Ergebnis am Ende?`)
};

/**
* | output |
* | --- |
* | "The laptop never heard +OK to its QUIT. It polls again. What does it find, and what does the Outcome say at the end?" |
*
* @param {Lesson_L04cp2question2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l04cp2question2 = /** @type {((inputs?: Lesson_L04cp2question2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L04cp2question2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l04cp2question2(inputs)
	if (locale === "de") return de_lesson_l04cp2question2(inputs)
	return en_lesson_l04cp2question2(inputs)
});
export { lesson_l04cp2question2 as "lesson_l04Cp2Question" }