/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L14scenariotitle2Inputs */

const en_lesson_l14scenariotitle2 = /** @type {(inputs: Lesson_L14scenariotitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`New mail mid-session, and a phone that deletes by number`)
};

const es_lesson_l14scenariotitle2 = /** @type {(inputs: Lesson_L14scenariotitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Correo nuevo a mitad de sesión, y un móvil que borra por número`)
};

const de_lesson_l14scenariotitle2 = /** @type {(inputs: Lesson_L14scenariotitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Neue Mail mitten in der Sitzung und ein Handy, das nach Nummer löscht`)
};

/**
* | output |
* | --- |
* | "New mail mid-session, and a phone that deletes by number" |
*
* @param {Lesson_L14scenariotitle2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l14scenariotitle2 = /** @type {((inputs?: Lesson_L14scenariotitle2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L14scenariotitle2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l14scenariotitle2(inputs)
	if (locale === "de") return de_lesson_l14scenariotitle2(inputs)
	return en_lesson_l14scenariotitle2(inputs)
});
export { lesson_l14scenariotitle2 as "lesson_l14ScenarioTitle" }