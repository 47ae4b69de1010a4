/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L01scenariotitle2Inputs */

const en_lesson_l01scenariotitle2 = /** @type {(inputs: Lesson_L01scenariotitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A maildrop to explore by hand`)
};

const es_lesson_l01scenariotitle2 = /** @type {(inputs: Lesson_L01scenariotitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Un buzón para explorar a mano`)
};

const de_lesson_l01scenariotitle2 = /** @type {(inputs: Lesson_L01scenariotitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ein Postfach zum Erkunden von Hand`)
};

/**
* | output |
* | --- |
* | "A maildrop to explore by hand" |
*
* @param {Lesson_L01scenariotitle2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l01scenariotitle2 = /** @type {((inputs?: Lesson_L01scenariotitle2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L01scenariotitle2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l01scenariotitle2(inputs)
	if (locale === "de") return de_lesson_l01scenariotitle2(inputs)
	return en_lesson_l01scenariotitle2(inputs)
});
export { lesson_l01scenariotitle2 as "lesson_l01ScenarioTitle" }