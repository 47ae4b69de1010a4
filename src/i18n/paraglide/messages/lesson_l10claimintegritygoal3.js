/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10claimintegritygoal3Inputs */

const en_lesson_l10claimintegritygoal3 = /** @type {(inputs: Lesson_L10claimintegritygoal3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A POP3 run with a conformant server still loses mail.`)
};

/** @type {(inputs: Lesson_L10claimintegritygoal3Inputs) => LocalizedString} */
const es_lesson_l10claimintegritygoal3 = en_lesson_l10claimintegritygoal3;

/** @type {(inputs: Lesson_L10claimintegritygoal3Inputs) => LocalizedString} */
const de_lesson_l10claimintegritygoal3 = en_lesson_l10claimintegritygoal3;

/**
* | output |
* | --- |
* | "A POP3 run with a conformant server still loses mail." |
*
* @param {Lesson_L10claimintegritygoal3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10claimintegritygoal3 = /** @type {((inputs?: Lesson_L10claimintegritygoal3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10claimintegritygoal3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10claimintegritygoal3(inputs)
	if (locale === "de") return de_lesson_l10claimintegritygoal3(inputs)
	return en_lesson_l10claimintegritygoal3(inputs)
});
export { lesson_l10claimintegritygoal3 as "lesson_l10ClaimIntegrityGoal" }