/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10claimkeepsmailwatch4Inputs */

const en_lesson_l10claimkeepsmailwatch4 = /** @type {(inputs: Lesson_L10claimkeepsmailwatch4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A POP2 client of 1985 reads every message and answers ACKS: look at the server's maildrop at the end.`)
};

const es_lesson_l10claimkeepsmailwatch4 = /** @type {(inputs: Lesson_L10claimkeepsmailwatch4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Un cliente POP2 de 1985 lee todos los mensajes y responde ACKS: mira el buzón del servidor al final.`)
};

const de_lesson_l10claimkeepsmailwatch4 = /** @type {(inputs: Lesson_L10claimkeepsmailwatch4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ein POP2-Client von 1985 liest jede Nachricht und antwortet mit ACKS: Sieh dir am Ende das Postfach auf dem Server an.`)
};

/**
* | output |
* | --- |
* | "A POP2 client of 1985 reads every message and answers ACKS: look at the server's maildrop at the end." |
*
* @param {Lesson_L10claimkeepsmailwatch4Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10claimkeepsmailwatch4 = /** @type {((inputs?: Lesson_L10claimkeepsmailwatch4Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10claimkeepsmailwatch4Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10claimkeepsmailwatch4(inputs)
	if (locale === "de") return de_lesson_l10claimkeepsmailwatch4(inputs)
	return en_lesson_l10claimkeepsmailwatch4(inputs)
});
export { lesson_l10claimkeepsmailwatch4 as "lesson_l10ClaimKeepsMailWatch" }