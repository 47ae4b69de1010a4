/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L11cp2choicelocked3Inputs */

const en_lesson_l11cp2choicelocked3 = /** @type {(inputs: Lesson_L11cp2choicelocked3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`-ERR [IN-USE]: the laptop still holds the maildrop.`)
};

const es_lesson_l11cp2choicelocked3 = /** @type {(inputs: Lesson_L11cp2choicelocked3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`-ERR [IN-USE]: el portátil todavía tiene bloqueado el buzón.`)
};

const de_lesson_l11cp2choicelocked3 = /** @type {(inputs: Lesson_L11cp2choicelocked3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`-ERR [IN-USE]: Der Laptop hält das Postfach noch gesperrt.`)
};

/**
* | output |
* | --- |
* | "-ERR [IN-USE]: the laptop still holds the maildrop." |
*
* @param {Lesson_L11cp2choicelocked3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l11cp2choicelocked3 = /** @type {((inputs?: Lesson_L11cp2choicelocked3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L11cp2choicelocked3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l11cp2choicelocked3(inputs)
	if (locale === "de") return de_lesson_l11cp2choicelocked3(inputs)
	return en_lesson_l11cp2choicelocked3(inputs)
});
export { lesson_l11cp2choicelocked3 as "lesson_l11Cp2ChoiceLocked" }