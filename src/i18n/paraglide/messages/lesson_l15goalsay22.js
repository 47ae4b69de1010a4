/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L15goalsay22Inputs */

const en_lesson_l15goalsay22 = /** @type {(inputs: Lesson_L15goalsay22Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The crash must come after the server has acted on QUIT: that is where the map showed the danger.`)
};

const es_lesson_l15goalsay22 = /** @type {(inputs: Lesson_L15goalsay22Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El cuelgue tiene que llegar después de que el servidor haya atendido QUIT: ahí es donde el mapa mostró el peligro.`)
};

const de_lesson_l15goalsay22 = /** @type {(inputs: Lesson_L15goalsay22Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Absturz muss kommen, nachdem der Server auf QUIT reagiert hat: Dort hat die Karte die Gefahr angezeigt.`)
};

/**
* | output |
* | --- |
* | "The crash must come after the server has acted on QUIT: that is where the map showed the danger." |
*
* @param {Lesson_L15goalsay22Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l15goalsay22 = /** @type {((inputs?: Lesson_L15goalsay22Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L15goalsay22Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l15goalsay22(inputs)
	if (locale === "de") return de_lesson_l15goalsay22(inputs)
	return en_lesson_l15goalsay22(inputs)
});
export { lesson_l15goalsay22 as "lesson_l15GoalSay2" }