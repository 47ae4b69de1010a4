/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L11scenariotitle2Inputs */

const en_lesson_l11scenariotitle2 = /** @type {(inputs: Lesson_L11scenariotitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Thunderbird's 14 days and a phone away for 20`)
};

const es_lesson_l11scenariotitle2 = /** @type {(inputs: Lesson_L11scenariotitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Los 14 días de Thunderbird y un móvil que pasa 20 fuera`)
};

const de_lesson_l11scenariotitle2 = /** @type {(inputs: Lesson_L11scenariotitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Thunderbirds 14 Tage und ein Handy, das 20 Tage weg ist`)
};

/**
* | output |
* | --- |
* | "Thunderbird's 14 days and a phone away for 20" |
*
* @param {Lesson_L11scenariotitle2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l11scenariotitle2 = /** @type {((inputs?: Lesson_L11scenariotitle2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L11scenariotitle2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l11scenariotitle2(inputs)
	if (locale === "de") return de_lesson_l11scenariotitle2(inputs)
	return en_lesson_l11scenariotitle2(inputs)
});
export { lesson_l11scenariotitle2 as "lesson_l11ScenarioTitle" }