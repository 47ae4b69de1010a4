/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L09cp1choiceencrypted3Inputs */

const en_lesson_l09cp1choiceencrypted3 = /** @type {(inputs: Lesson_L09cp1choiceencrypted3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nothing useful: POP3 encrypts PASS.`)
};

const es_lesson_l09cp1choiceencrypted3 = /** @type {(inputs: Lesson_L09cp1choiceencrypted3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nada útil: POP3 cifra PASS.`)
};

const de_lesson_l09cp1choiceencrypted3 = /** @type {(inputs: Lesson_L09cp1choiceencrypted3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nichts Brauchbares: POP3 verschlüsselt PASS.`)
};

/**
* | output |
* | --- |
* | "Nothing useful: POP3 encrypts PASS." |
*
* @param {Lesson_L09cp1choiceencrypted3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l09cp1choiceencrypted3 = /** @type {((inputs?: Lesson_L09cp1choiceencrypted3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L09cp1choiceencrypted3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l09cp1choiceencrypted3(inputs)
	if (locale === "de") return de_lesson_l09cp1choiceencrypted3(inputs)
	return en_lesson_l09cp1choiceencrypted3(inputs)
});
export { lesson_l09cp1choiceencrypted3 as "lesson_l09Cp1ChoiceEncrypted" }