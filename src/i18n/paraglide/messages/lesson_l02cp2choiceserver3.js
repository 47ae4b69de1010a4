/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L02cp2choiceserver3Inputs */

const en_lesson_l02cp2choiceserver3 = /** @type {(inputs: Lesson_L02cp2choiceserver3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server keeps a list of what each device has downloaded.`)
};

const es_lesson_l02cp2choiceserver3 = /** @type {(inputs: Lesson_L02cp2choiceserver3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El servidor lleva una lista de lo que ha descargado cada dispositivo.`)
};

const de_lesson_l02cp2choiceserver3 = /** @type {(inputs: Lesson_L02cp2choiceserver3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server führt eine Liste darüber, was jedes Gerät heruntergeladen hat.`)
};

/**
* | output |
* | --- |
* | "The server keeps a list of what each device has downloaded." |
*
* @param {Lesson_L02cp2choiceserver3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l02cp2choiceserver3 = /** @type {((inputs?: Lesson_L02cp2choiceserver3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L02cp2choiceserver3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l02cp2choiceserver3(inputs)
	if (locale === "de") return de_lesson_l02cp2choiceserver3(inputs)
	return en_lesson_l02cp2choiceserver3(inputs)
});
export { lesson_l02cp2choiceserver3 as "lesson_l02Cp2ChoiceServer" }