/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10claimstatelessfacts3Inputs */

const en_lesson_l10claimstatelessfacts3 = /** @type {(inputs: Lesson_L10claimstatelessfacts3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Every version is a stateful session protocol: RFC 937 draws client and server state diagrams, and POP3 has AUTHORIZATION, TRANSACTION and UPDATE. What early servers lacked was memory between sessions.`)
};

/** @type {(inputs: Lesson_L10claimstatelessfacts3Inputs) => LocalizedString} */
const es_lesson_l10claimstatelessfacts3 = en_lesson_l10claimstatelessfacts3;

/** @type {(inputs: Lesson_L10claimstatelessfacts3Inputs) => LocalizedString} */
const de_lesson_l10claimstatelessfacts3 = en_lesson_l10claimstatelessfacts3;

/**
* | output |
* | --- |
* | "Every version is a stateful session protocol: RFC 937 draws client and server state diagrams, and POP3 has AUTHORIZATION, TRANSACTION and UPDATE. What early ..." |
*
* @param {Lesson_L10claimstatelessfacts3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10claimstatelessfacts3 = /** @type {((inputs?: Lesson_L10claimstatelessfacts3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10claimstatelessfacts3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10claimstatelessfacts3(inputs)
	if (locale === "de") return de_lesson_l10claimstatelessfacts3(inputs)
	return en_lesson_l10claimstatelessfacts3(inputs)
});
export { lesson_l10claimstatelessfacts3 as "lesson_l10ClaimStatelessFacts" }