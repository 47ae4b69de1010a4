/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L01cp2choicepending3Inputs */

const en_lesson_l01cp2choicepending3 = /** @type {(inputs: Lesson_L01cp2choicepending3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Still pending: the server keeps a backup for a day.`)
};

const es_lesson_l01cp2choicepending3 = /** @type {(inputs: Lesson_L01cp2choicepending3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aún pendiente: el servidor guarda una copia de seguridad durante un día.`)
};

const de_lesson_l01cp2choicepending3 = /** @type {(inputs: Lesson_L01cp2choicepending3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Noch offen: Der Server hebt einen Tag lang eine Sicherungskopie auf.`)
};

/**
* | output |
* | --- |
* | "Still pending: the server keeps a backup for a day." |
*
* @param {Lesson_L01cp2choicepending3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l01cp2choicepending3 = /** @type {((inputs?: Lesson_L01cp2choicepending3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L01cp2choicepending3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l01cp2choicepending3(inputs)
	if (locale === "de") return de_lesson_l01cp2choicepending3(inputs)
	return en_lesson_l01cp2choicepending3(inputs)
});
export { lesson_l01cp2choicepending3 as "lesson_l01Cp2ChoicePending" }