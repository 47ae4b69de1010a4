/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10claimkeepsmailgoalsay25Inputs */

const en_lesson_l10claimkeepsmailgoalsay25 = /** @type {(inputs: Lesson_L10claimkeepsmailgoalsay25Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The client did not answer ACKS: press "Watch on the stage" again.`)
};

/** @type {(inputs: Lesson_L10claimkeepsmailgoalsay25Inputs) => LocalizedString} */
const es_lesson_l10claimkeepsmailgoalsay25 = en_lesson_l10claimkeepsmailgoalsay25;

/** @type {(inputs: Lesson_L10claimkeepsmailgoalsay25Inputs) => LocalizedString} */
const de_lesson_l10claimkeepsmailgoalsay25 = en_lesson_l10claimkeepsmailgoalsay25;

/**
* | output |
* | --- |
* | "The client did not answer ACKS: press \"Watch on the stage\" again." |
*
* @param {Lesson_L10claimkeepsmailgoalsay25Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10claimkeepsmailgoalsay25 = /** @type {((inputs?: Lesson_L10claimkeepsmailgoalsay25Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10claimkeepsmailgoalsay25Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10claimkeepsmailgoalsay25(inputs)
	if (locale === "de") return de_lesson_l10claimkeepsmailgoalsay25(inputs)
	return en_lesson_l10claimkeepsmailgoalsay25(inputs)
});
export { lesson_l10claimkeepsmailgoalsay25 as "lesson_l10ClaimKeepsMailGoalSay2" }