/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L05goal1Inputs */

const en_lesson_l05goal1 = /** @type {(inputs: Lesson_L05goal1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Crash the client at the moment that costs mail.`)
};

const es_lesson_l05goal1 = /** @type {(inputs: Lesson_L05goal1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cuelga el cliente en el momento en que eso cuesta correo.`)
};

const de_lesson_l05goal1 = /** @type {(inputs: Lesson_L05goal1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lass den Client genau in dem Moment abstürzen, in dem es Mail kostet.`)
};

/**
* | output |
* | --- |
* | "Crash the client at the moment that costs mail." |
*
* @param {Lesson_L05goal1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l05goal1 = /** @type {((inputs?: Lesson_L05goal1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L05goal1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l05goal1(inputs)
	if (locale === "de") return de_lesson_l05goal1(inputs)
	return en_lesson_l05goal1(inputs)
});
export { lesson_l05goal1 as "lesson_l05Goal" }