/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L08cp1choicenever3Inputs */

const en_lesson_l08cp1choicenever3 = /** @type {(inputs: Lesson_L08cp1choicenever3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Never: POP2 servers only read mail.`)
};

const es_lesson_l08cp1choicenever3 = /** @type {(inputs: Lesson_L08cp1choicenever3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nunca: los servidores POP2 solo leen el correo.`)
};

const de_lesson_l08cp1choicenever3 = /** @type {(inputs: Lesson_L08cp1choicenever3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nie: POP2-Server lesen Mail nur.`)
};

/**
* | output |
* | --- |
* | "Never: POP2 servers only read mail." |
*
* @param {Lesson_L08cp1choicenever3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l08cp1choicenever3 = /** @type {((inputs?: Lesson_L08cp1choicenever3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L08cp1choicenever3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l08cp1choicenever3(inputs)
	if (locale === "de") return de_lesson_l08cp1choicenever3(inputs)
	return en_lesson_l08cp1choicenever3(inputs)
});
export { lesson_l08cp1choicenever3 as "lesson_l08Cp1ChoiceNever" }