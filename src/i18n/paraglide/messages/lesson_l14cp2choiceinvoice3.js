/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L14cp2choiceinvoice3Inputs */

const en_lesson_l14cp2choiceinvoice3 = /** @type {(inputs: Lesson_L14cp2choiceinvoice3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The new invoice, which is message 1 in this session and which no device has downloaded.`)
};

/** @type {(inputs: Lesson_L14cp2choiceinvoice3Inputs) => LocalizedString} */
const es_lesson_l14cp2choiceinvoice3 = en_lesson_l14cp2choiceinvoice3;

/** @type {(inputs: Lesson_L14cp2choiceinvoice3Inputs) => LocalizedString} */
const de_lesson_l14cp2choiceinvoice3 = en_lesson_l14cp2choiceinvoice3;

/**
* | output |
* | --- |
* | "The new invoice, which is message 1 in this session and which no device has downloaded." |
*
* @param {Lesson_L14cp2choiceinvoice3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l14cp2choiceinvoice3 = /** @type {((inputs?: Lesson_L14cp2choiceinvoice3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L14cp2choiceinvoice3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l14cp2choiceinvoice3(inputs)
	if (locale === "de") return de_lesson_l14cp2choiceinvoice3(inputs)
	return en_lesson_l14cp2choiceinvoice3(inputs)
});
export { lesson_l14cp2choiceinvoice3 as "lesson_l14Cp2ChoiceInvoice" }