/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10claimpersistentgoal3Inputs */

const en_lesson_l10claimpersistentgoal3 = /** @type {(inputs: Lesson_L10claimpersistentgoal3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`One POP3 connection carries many commands, and an idle session is closed by autologout.`)
};

const es_lesson_l10claimpersistentgoal3 = /** @type {(inputs: Lesson_L10claimpersistentgoal3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Una sola conexión POP3 lleva muchas órdenes, y el cierre automático termina una sesión inactiva.`)
};

const de_lesson_l10claimpersistentgoal3 = /** @type {(inputs: Lesson_L10claimpersistentgoal3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Eine POP3-Verbindung trägt viele Befehle, und eine untätige Sitzung beendet der Auto-Logout.`)
};

/**
* | output |
* | --- |
* | "One POP3 connection carries many commands, and an idle session is closed by autologout." |
*
* @param {Lesson_L10claimpersistentgoal3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10claimpersistentgoal3 = /** @type {((inputs?: Lesson_L10claimpersistentgoal3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10claimpersistentgoal3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10claimpersistentgoal3(inputs)
	if (locale === "de") return de_lesson_l10claimpersistentgoal3(inputs)
	return en_lesson_l10claimpersistentgoal3(inputs)
});
export { lesson_l10claimpersistentgoal3 as "lesson_l10ClaimPersistentGoal" }