/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L06cp2choiceall3Inputs */

const en_lesson_l06cp2choiceall3 = /** @type {(inputs: Lesson_L06cp2choiceall3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Everything: leave-on-server keeps all mail for every device.`)
};

const es_lesson_l06cp2choiceall3 = /** @type {(inputs: Lesson_L06cp2choiceall3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Todo: dejar en el servidor guarda todo el correo para todos los dispositivos.`)
};

const de_lesson_l06cp2choiceall3 = /** @type {(inputs: Lesson_L06cp2choiceall3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alles: Auf dem Server lassen bewahrt alle Mail für jedes Gerät auf.`)
};

/**
* | output |
* | --- |
* | "Everything: leave-on-server keeps all mail for every device." |
*
* @param {Lesson_L06cp2choiceall3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l06cp2choiceall3 = /** @type {((inputs?: Lesson_L06cp2choiceall3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L06cp2choiceall3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l06cp2choiceall3(inputs)
	if (locale === "de") return de_lesson_l06cp2choiceall3(inputs)
	return en_lesson_l06cp2choiceall3(inputs)
});
export { lesson_l06cp2choiceall3 as "lesson_l06Cp2ChoiceAll" }