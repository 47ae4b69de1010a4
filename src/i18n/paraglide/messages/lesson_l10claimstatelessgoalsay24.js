/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10claimstatelessgoalsay24Inputs */

const en_lesson_l10claimstatelessgoalsay24 = /** @type {(inputs: Lesson_L10claimstatelessgoalsay24Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Play the run from the start, on one connection.`)
};

const es_lesson_l10claimstatelessgoalsay24 = /** @type {(inputs: Lesson_L10claimstatelessgoalsay24Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reproduce la ejecución desde el principio, en una sola conexión.`)
};

const de_lesson_l10claimstatelessgoalsay24 = /** @type {(inputs: Lesson_L10claimstatelessgoalsay24Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Spiel den Durchlauf von Anfang an ab, über eine einzige Verbindung.`)
};

/**
* | output |
* | --- |
* | "Play the run from the start, on one connection." |
*
* @param {Lesson_L10claimstatelessgoalsay24Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10claimstatelessgoalsay24 = /** @type {((inputs?: Lesson_L10claimstatelessgoalsay24Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10claimstatelessgoalsay24Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10claimstatelessgoalsay24(inputs)
	if (locale === "de") return de_lesson_l10claimstatelessgoalsay24(inputs)
	return en_lesson_l10claimstatelessgoalsay24(inputs)
});
export { lesson_l10claimstatelessgoalsay24 as "lesson_l10ClaimStatelessGoalSay2" }