/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L12cp2choicedigest3Inputs */

const en_lesson_l12cp2choicedigest3 = /** @type {(inputs: Lesson_L12cp2choicedigest3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Only a digest of the password, which hides it.`)
};

const es_lesson_l12cp2choicedigest3 = /** @type {(inputs: Lesson_L12cp2choicedigest3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Solo un resumen de la contraseña, que la mantiene oculta.`)
};

const de_lesson_l12cp2choicedigest3 = /** @type {(inputs: Lesson_L12cp2choicedigest3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nur einen Hash des Passworts, der es verbirgt.`)
};

/**
* | output |
* | --- |
* | "Only a digest of the password, which hides it." |
*
* @param {Lesson_L12cp2choicedigest3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l12cp2choicedigest3 = /** @type {((inputs?: Lesson_L12cp2choicedigest3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L12cp2choicedigest3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l12cp2choicedigest3(inputs)
	if (locale === "de") return de_lesson_l12cp2choicedigest3(inputs)
	return en_lesson_l12cp2choicedigest3(inputs)
});
export { lesson_l12cp2choicedigest3 as "lesson_l12Cp2ChoiceDigest" }