/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10claimkeepsmailgoalsay35Inputs */

const en_lesson_l10claimkeepsmailgoalsay35 = /** @type {(inputs: Lesson_L10claimkeepsmailgoalsay35Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Play the run to its end.`)
};

const es_lesson_l10claimkeepsmailgoalsay35 = /** @type {(inputs: Lesson_L10claimkeepsmailgoalsay35Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reproduce la ejecución hasta el final.`)
};

const de_lesson_l10claimkeepsmailgoalsay35 = /** @type {(inputs: Lesson_L10claimkeepsmailgoalsay35Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Spiel den Durchlauf bis zum Ende ab.`)
};

/**
* | output |
* | --- |
* | "Play the run to its end." |
*
* @param {Lesson_L10claimkeepsmailgoalsay35Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10claimkeepsmailgoalsay35 = /** @type {((inputs?: Lesson_L10claimkeepsmailgoalsay35Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10claimkeepsmailgoalsay35Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10claimkeepsmailgoalsay35(inputs)
	if (locale === "de") return de_lesson_l10claimkeepsmailgoalsay35(inputs)
	return en_lesson_l10claimkeepsmailgoalsay35(inputs)
});
export { lesson_l10claimkeepsmailgoalsay35 as "lesson_l10ClaimKeepsMailGoalSay3" }