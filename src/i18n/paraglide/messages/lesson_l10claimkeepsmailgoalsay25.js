/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10claimkeepsmailgoalsay25Inputs */

const en_lesson_l10claimkeepsmailgoalsay25 = /** @type {(inputs: Lesson_L10claimkeepsmailgoalsay25Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The client did not answer ACKS: press "Watch on the stage" again.`)
};

const es_lesson_l10claimkeepsmailgoalsay25 = /** @type {(inputs: Lesson_L10claimkeepsmailgoalsay25Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El cliente no respondió ACKS: vuelve a pulsar «Verlo en la escena».`)
};

const de_lesson_l10claimkeepsmailgoalsay25 = /** @type {(inputs: Lesson_L10claimkeepsmailgoalsay25Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Client hat nicht mit ACKS geantwortet: Drücke noch einmal „Auf der Bühne ansehen“.`)
};

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