/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L06summary1Inputs */

const en_lesson_l06summary1 = /** @type {(inputs: Lesson_L06summary1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Keeping mail on the server is a client setting, not a protocol version. The laptop polls twice. Compare what it downloads on the second poll in each Retention mode, and what keeping mail costs.`)
};

/** @type {(inputs: Lesson_L06summary1Inputs) => LocalizedString} */
const es_lesson_l06summary1 = en_lesson_l06summary1;

/** @type {(inputs: Lesson_L06summary1Inputs) => LocalizedString} */
const de_lesson_l06summary1 = en_lesson_l06summary1;

/**
* | output |
* | --- |
* | "Keeping mail on the server is a client setting, not a protocol version. The laptop polls twice. Compare what it downloads on the second poll in each Retentio..." |
*
* @param {Lesson_L06summary1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l06summary1 = /** @type {((inputs?: Lesson_L06summary1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L06summary1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l06summary1(inputs)
	if (locale === "de") return de_lesson_l06summary1(inputs)
	return en_lesson_l06summary1(inputs)
});
export { lesson_l06summary1 as "lesson_l06Summary" }