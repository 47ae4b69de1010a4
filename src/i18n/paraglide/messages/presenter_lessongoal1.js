/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Presenter_Lessongoal1Inputs */

const en_presenter_lessongoal1 = /** @type {(inputs: Presenter_Lessongoal1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Goal`)
};

const es_presenter_lessongoal1 = /** @type {(inputs: Presenter_Lessongoal1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Objetivo`)
};

const de_presenter_lessongoal1 = /** @type {(inputs: Presenter_Lessongoal1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ziel`)
};

/**
* | output |
* | --- |
* | "Goal" |
*
* @param {Presenter_Lessongoal1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const presenter_lessongoal1 = /** @type {((inputs?: Presenter_Lessongoal1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Presenter_Lessongoal1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_presenter_lessongoal1(inputs)
	if (locale === "de") return de_presenter_lessongoal1(inputs)
	return en_presenter_lessongoal1(inputs)
});
export { presenter_lessongoal1 as "presenter_lessonGoal" }