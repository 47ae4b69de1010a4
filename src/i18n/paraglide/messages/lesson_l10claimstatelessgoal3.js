/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10claimstatelessgoal3Inputs */

const en_lesson_l10claimstatelessgoal3 = /** @type {(inputs: Lesson_L10claimstatelessgoal3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A single POP2 connection moves the server through several states.`)
};

const es_lesson_l10claimstatelessgoal3 = /** @type {(inputs: Lesson_L10claimstatelessgoal3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Una sola conexión POP2 lleva al servidor por varios estados.`)
};

const de_lesson_l10claimstatelessgoal3 = /** @type {(inputs: Lesson_L10claimstatelessgoal3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Eine einzige POP2-Verbindung führt den Server durch mehrere Zustände.`)
};

/**
* | output |
* | --- |
* | "A single POP2 connection moves the server through several states." |
*
* @param {Lesson_L10claimstatelessgoal3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10claimstatelessgoal3 = /** @type {((inputs?: Lesson_L10claimstatelessgoal3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10claimstatelessgoal3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10claimstatelessgoal3(inputs)
	if (locale === "de") return de_lesson_l10claimstatelessgoal3(inputs)
	return en_lesson_l10claimstatelessgoal3(inputs)
});
export { lesson_l10claimstatelessgoal3 as "lesson_l10ClaimStatelessGoal" }