/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10claimpersistentgoalsay24Inputs */

const en_lesson_l10claimpersistentgoalsay24 = /** @type {(inputs: Lesson_L10claimpersistentgoalsay24Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Play on until the server closes the idle session.`)
};

const es_lesson_l10claimpersistentgoalsay24 = /** @type {(inputs: Lesson_L10claimpersistentgoalsay24Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sigue reproduciendo hasta que el servidor cierre la sesión inactiva.`)
};

const de_lesson_l10claimpersistentgoalsay24 = /** @type {(inputs: Lesson_L10claimpersistentgoalsay24Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Spiel weiter, bis der Server die untätige Sitzung schließt.`)
};

/**
* | output |
* | --- |
* | "Play on until the server closes the idle session." |
*
* @param {Lesson_L10claimpersistentgoalsay24Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10claimpersistentgoalsay24 = /** @type {((inputs?: Lesson_L10claimpersistentgoalsay24Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10claimpersistentgoalsay24Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10claimpersistentgoalsay24(inputs)
	if (locale === "de") return de_lesson_l10claimpersistentgoalsay24(inputs)
	return en_lesson_l10claimpersistentgoalsay24(inputs)
});
export { lesson_l10claimpersistentgoalsay24 as "lesson_l10ClaimPersistentGoalSay2" }