/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L07step31Inputs */

const en_lesson_l07step31 = /** @type {(inputs: Lesson_L07step31Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This client cannot be taught UIDL. Change one setting so that it gets each message exactly once, and play again.`)
};

const es_lesson_l07step31 = /** @type {(inputs: Lesson_L07step31Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A este cliente no se le puede enseñar UIDL. Cambia un ajuste para que reciba cada mensaje exactamente una vez y reproduce de nuevo.`)
};

const de_lesson_l07step31 = /** @type {(inputs: Lesson_L07step31Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Diesem Client lässt sich UIDL nicht beibringen. Ändere eine Einstellung, sodass er jede Nachricht genau einmal bekommt, und spiel noch einmal ab.`)
};

/**
* | output |
* | --- |
* | "This client cannot be taught UIDL. Change one setting so that it gets each message exactly once, and play again." |
*
* @param {Lesson_L07step31Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l07step31 = /** @type {((inputs?: Lesson_L07step31Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L07step31Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l07step31(inputs)
	if (locale === "de") return de_lesson_l07step31(inputs)
	return en_lesson_l07step31(inputs)
});
export { lesson_l07step31 as "lesson_l07Step3" }