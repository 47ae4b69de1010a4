/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L03goalsay22Inputs */

const en_lesson_l03goalsay22 = /** @type {(inputs: Lesson_L03goalsay22Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The drop must come after the DELE commands: wait for "+OK message 3 deleted", then drop before QUIT leaves.`)
};

const es_lesson_l03goalsay22 = /** @type {(inputs: Lesson_L03goalsay22Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El corte tiene que llegar después de las órdenes DELE: espera a «+OK message 3 deleted» y corta antes de que salga QUIT.`)
};

const de_lesson_l03goalsay22 = /** @type {(inputs: Lesson_L03goalsay22Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Trennung muss nach den DELE-Befehlen kommen: Warte auf „+OK message 3 deleted“ und trenne, bevor QUIT abgeht.`)
};

/**
* | output |
* | --- |
* | "The drop must come after the DELE commands: wait for \"+OK message 3 deleted\", then drop before QUIT leaves." |
*
* @param {Lesson_L03goalsay22Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l03goalsay22 = /** @type {((inputs?: Lesson_L03goalsay22Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L03goalsay22Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l03goalsay22(inputs)
	if (locale === "de") return de_lesson_l03goalsay22(inputs)
	return en_lesson_l03goalsay22(inputs)
});
export { lesson_l03goalsay22 as "lesson_l03GoalSay2" }