/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10claimkeepsmailgoal4Inputs */

const en_lesson_l10claimkeepsmailgoal4 = /** @type {(inputs: Lesson_L10claimkeepsmailgoal4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A POP2 client keeps every message on the server with ACKS.`)
};

const es_lesson_l10claimkeepsmailgoal4 = /** @type {(inputs: Lesson_L10claimkeepsmailgoal4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Un cliente POP2 conserva todos los mensajes en el servidor con ACKS.`)
};

const de_lesson_l10claimkeepsmailgoal4 = /** @type {(inputs: Lesson_L10claimkeepsmailgoal4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ein POP2-Client lässt mit ACKS jede Nachricht auf dem Server.`)
};

/**
* | output |
* | --- |
* | "A POP2 client keeps every message on the server with ACKS." |
*
* @param {Lesson_L10claimkeepsmailgoal4Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10claimkeepsmailgoal4 = /** @type {((inputs?: Lesson_L10claimkeepsmailgoal4Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10claimkeepsmailgoal4Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10claimkeepsmailgoal4(inputs)
	if (locale === "de") return de_lesson_l10claimkeepsmailgoal4(inputs)
	return en_lesson_l10claimkeepsmailgoal4(inputs)
});
export { lesson_l10claimkeepsmailgoal4 as "lesson_l10ClaimKeepsMailGoal" }