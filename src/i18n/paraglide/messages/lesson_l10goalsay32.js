/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10goalsay32Inputs */

const en_lesson_l10goalsay32 = /** @type {(inputs: Lesson_L10goalsay32Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server removed mail in this run. Look at the Retention setting.`)
};

const es_lesson_l10goalsay32 = /** @type {(inputs: Lesson_L10goalsay32Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En esta ejecución el servidor eliminó correo. Mira el ajuste de Conservación.`)
};

const de_lesson_l10goalsay32 = /** @type {(inputs: Lesson_L10goalsay32Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server hat in diesem Durchlauf Mail entfernt. Sieh dir die Einstellung Aufbewahrung an.`)
};

/**
* | output |
* | --- |
* | "The server removed mail in this run. Look at the Retention setting." |
*
* @param {Lesson_L10goalsay32Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10goalsay32 = /** @type {((inputs?: Lesson_L10goalsay32Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10goalsay32Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10goalsay32(inputs)
	if (locale === "de") return de_lesson_l10goalsay32(inputs)
	return en_lesson_l10goalsay32(inputs)
});
export { lesson_l10goalsay32 as "lesson_l10GoalSay3" }