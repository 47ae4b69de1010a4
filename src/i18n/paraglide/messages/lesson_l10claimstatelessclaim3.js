/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10claimstatelessclaim3Inputs */

const en_lesson_l10claimstatelessclaim3 = /** @type {(inputs: Lesson_L10claimstatelessclaim3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP is stateless; POP3 is stateless with an option for stateful interactions.`)
};

const es_lesson_l10claimstatelessclaim3 = /** @type {(inputs: Lesson_L10claimstatelessclaim3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP no tiene estado; POP3 no tiene estado, pero con una opción para interacciones con estado.`)
};

const de_lesson_l10claimstatelessclaim3 = /** @type {(inputs: Lesson_L10claimstatelessclaim3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP ist zustandslos; POP3 ist zustandslos, mit einer Option für zustandsbehaftete Abläufe.`)
};

/**
* | output |
* | --- |
* | "POP is stateless; POP3 is stateless with an option for stateful interactions." |
*
* @param {Lesson_L10claimstatelessclaim3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10claimstatelessclaim3 = /** @type {((inputs?: Lesson_L10claimstatelessclaim3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10claimstatelessclaim3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10claimstatelessclaim3(inputs)
	if (locale === "de") return de_lesson_l10claimstatelessclaim3(inputs)
	return en_lesson_l10claimstatelessclaim3(inputs)
});
export { lesson_l10claimstatelessclaim3 as "lesson_l10ClaimStatelessClaim" }