/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L12cp1choicestrip3Inputs */

const en_lesson_l12cp1choicestrip3 = /** @type {(inputs: Lesson_L12cp1choicestrip3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The laptop logs in without TLS, and the attacker reads the login: this is why RFC 8314 prefers implicit TLS on port 995.`)
};

const es_lesson_l12cp1choicestrip3 = /** @type {(inputs: Lesson_L12cp1choicestrip3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El portátil inicia sesión sin TLS y el atacante lee el inicio de sesión: por eso la RFC 8314 prefiere TLS implícito en el puerto 995.`)
};

const de_lesson_l12cp1choicestrip3 = /** @type {(inputs: Lesson_L12cp1choicestrip3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Laptop meldet sich ohne TLS an, und der Angreifer liest die Anmeldung mit: Deshalb bevorzugt RFC 8314 implizites TLS auf Port 995.`)
};

/**
* | output |
* | --- |
* | "The laptop logs in without TLS, and the attacker reads the login: this is why RFC 8314 prefers implicit TLS on port 995." |
*
* @param {Lesson_L12cp1choicestrip3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l12cp1choicestrip3 = /** @type {((inputs?: Lesson_L12cp1choicestrip3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L12cp1choicestrip3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l12cp1choicestrip3(inputs)
	if (locale === "de") return de_lesson_l12cp1choicestrip3(inputs)
	return en_lesson_l12cp1choicestrip3(inputs)
});
export { lesson_l12cp1choicestrip3 as "lesson_l12Cp1ChoiceStrip" }