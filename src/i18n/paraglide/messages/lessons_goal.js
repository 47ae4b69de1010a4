/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lessons_GoalInputs */

const en_lessons_goal = /** @type {(inputs: Lessons_GoalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Goal`)
};

const es_lessons_goal = /** @type {(inputs: Lessons_GoalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Objetivo`)
};

const de_lessons_goal = /** @type {(inputs: Lessons_GoalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ziel`)
};

/**
* | output |
* | --- |
* | "Goal" |
*
* @param {Lessons_GoalInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const lessons_goal = /** @type {((inputs?: Lessons_GoalInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lessons_GoalInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lessons_goal(inputs)
	if (locale === "de") return de_lessons_goal(inputs)
	return en_lessons_goal(inputs)
});