/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10claimauthenticationgoalsay24Inputs */

const en_lesson_l10claimauthenticationgoalsay24 = /** @type {(inputs: Lesson_L10claimauthenticationgoalsay24Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Play until the client logs in.`)
};

const es_lesson_l10claimauthenticationgoalsay24 = /** @type {(inputs: Lesson_L10claimauthenticationgoalsay24Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reproduce hasta que el cliente inicie sesión.`)
};

const de_lesson_l10claimauthenticationgoalsay24 = /** @type {(inputs: Lesson_L10claimauthenticationgoalsay24Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Spiel ab, bis sich der Client anmeldet.`)
};

/**
* | output |
* | --- |
* | "Play until the client logs in." |
*
* @param {Lesson_L10claimauthenticationgoalsay24Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10claimauthenticationgoalsay24 = /** @type {((inputs?: Lesson_L10claimauthenticationgoalsay24Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10claimauthenticationgoalsay24Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10claimauthenticationgoalsay24(inputs)
	if (locale === "de") return de_lesson_l10claimauthenticationgoalsay24(inputs)
	return en_lesson_l10claimauthenticationgoalsay24(inputs)
});
export { lesson_l10claimauthenticationgoalsay24 as "lesson_l10ClaimAuthenticationGoalSay2" }