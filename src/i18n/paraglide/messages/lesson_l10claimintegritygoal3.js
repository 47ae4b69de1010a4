/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10claimintegritygoal3Inputs */

const en_lesson_l10claimintegritygoal3 = /** @type {(inputs: Lesson_L10claimintegritygoal3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A POP3 run with a conformant server still loses mail.`)
};

const es_lesson_l10claimintegritygoal3 = /** @type {(inputs: Lesson_L10claimintegritygoal3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Una ejecución POP3 con un servidor conforme pierde correo igualmente.`)
};

const de_lesson_l10claimintegritygoal3 = /** @type {(inputs: Lesson_L10claimintegritygoal3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ein POP3-Durchlauf mit einem konformen Server verliert trotzdem Mail.`)
};

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