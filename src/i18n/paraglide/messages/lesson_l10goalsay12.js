/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10goalsay12Inputs */

const en_lesson_l10goalsay12 = /** @type {(inputs: Lesson_L10goalsay12Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This part of the lesson runs over POP1: choose POP1 in the protocol menu.`)
};

const es_lesson_l10goalsay12 = /** @type {(inputs: Lesson_L10goalsay12Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Esta parte de la lección usa POP1: elige POP1 en el menú Protocolo.`)
};

const de_lesson_l10goalsay12 = /** @type {(inputs: Lesson_L10goalsay12Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dieser Teil der Lektion läuft über POP1: Wähle POP1 im Menü Protokoll.`)
};

/**
* | output |
* | --- |
* | "This part of the lesson runs over POP1: choose POP1 in the protocol menu." |
*
* @param {Lesson_L10goalsay12Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10goalsay12 = /** @type {((inputs?: Lesson_L10goalsay12Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10goalsay12Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10goalsay12(inputs)
	if (locale === "de") return de_lesson_l10goalsay12(inputs)
	return en_lesson_l10goalsay12(inputs)
});
export { lesson_l10goalsay12 as "lesson_l10GoalSay1" }