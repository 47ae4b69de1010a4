/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L02summary1Inputs */

const en_lesson_l02summary1 = /** @type {(inputs: Lesson_L02summary1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A laptop and a phone both check the same maildrop, both set to delete on download. The laptop polls first, the phone some time later. Predict what each device ends up with, then find the one setting that gives both of them every message.`)
};

const es_lesson_l02summary1 = /** @type {(inputs: Lesson_L02summary1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Un portátil y un móvil consultan el mismo buzón, los dos configurados para borrar al descargar. El portátil consulta primero; el móvil, un rato después. Predice con qué se queda cada dispositivo y luego encuentra el único ajuste que les da a los dos todos los mensajes.`)
};

const de_lesson_l02summary1 = /** @type {(inputs: Lesson_L02summary1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ein Laptop und ein Handy rufen dasselbe Postfach ab, und beide sind so eingestellt, dass sie beim Abrufen löschen. Der Laptop ruft zuerst ab, das Handy einige Zeit später. Sag voraus, was jedes Gerät am Ende hat, und finde dann die eine Einstellung, mit der beide jede Nachricht bekommen.`)
};

/**
* | output |
* | --- |
* | "A laptop and a phone both check the same maildrop, both set to delete on download. The laptop polls first, the phone some time later. Predict what each devic..." |
*
* @param {Lesson_L02summary1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l02summary1 = /** @type {((inputs?: Lesson_L02summary1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L02summary1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l02summary1(inputs)
	if (locale === "de") return de_lesson_l02summary1(inputs)
	return en_lesson_l02summary1(inputs)
});
export { lesson_l02summary1 as "lesson_l02Summary" }