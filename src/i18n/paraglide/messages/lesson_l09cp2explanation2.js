/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L09cp2explanation2Inputs */

const en_lesson_l09cp2explanation2 = /** @type {(inputs: Lesson_L09cp2explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`APOP and CRAM-MD5 keep the secret itself off the wire, and the challenge (APOP: the greeting's timestamp) differs every time, so the digest cannot be replayed. But the challenge and the digest are both on the wire: an eavesdropper can hash guesses offline until one matches. An 8-letter word such as tanstaaf falls within minutes on one graphics card, at once if it is in a word list; a digest login protects only a long secret, and only if the same user never also logs in with PASS, which sends that secret in the clear. Nothing is encrypted: RETR sends the messages, and the user name is on the login line. (A fake server choosing its own timestamps can also recover APOP passwords through MD5 collisions; APOP is considered broken today.)`)
};

/** @type {(inputs: Lesson_L09cp2explanation2Inputs) => LocalizedString} */
const es_lesson_l09cp2explanation2 = en_lesson_l09cp2explanation2;

/** @type {(inputs: Lesson_L09cp2explanation2Inputs) => LocalizedString} */
const de_lesson_l09cp2explanation2 = en_lesson_l09cp2explanation2;

/**
* | output |
* | --- |
* | "APOP and CRAM-MD5 keep the secret itself off the wire, and the challenge (APOP: the greeting's timestamp) differs every time, so the digest cannot be replaye..." |
*
* @param {Lesson_L09cp2explanation2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l09cp2explanation2 = /** @type {((inputs?: Lesson_L09cp2explanation2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L09cp2explanation2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l09cp2explanation2(inputs)
	if (locale === "de") return de_lesson_l09cp2explanation2(inputs)
	return en_lesson_l09cp2explanation2(inputs)
});
export { lesson_l09cp2explanation2 as "lesson_l09Cp2Explanation" }