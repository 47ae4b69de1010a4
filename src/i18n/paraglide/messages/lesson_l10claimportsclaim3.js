/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10claimportsclaim3Inputs */

const en_lesson_l10claimportsclaim3 = /** @type {(inputs: Lesson_L10claimportsclaim3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP uses port 110; POP3 uses 110, and 995 for POP3S.`)
};

const es_lesson_l10claimportsclaim3 = /** @type {(inputs: Lesson_L10claimportsclaim3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP usa el puerto 110; POP3 usa el 110, y el 995 para POP3S.`)
};

const de_lesson_l10claimportsclaim3 = /** @type {(inputs: Lesson_L10claimportsclaim3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP nutzt Port 110; POP3 nutzt 110 und 995 für POP3S.`)
};

/**
* | output |
* | --- |
* | "POP uses port 110; POP3 uses 110, and 995 for POP3S." |
*
* @param {Lesson_L10claimportsclaim3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10claimportsclaim3 = /** @type {((inputs?: Lesson_L10claimportsclaim3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10claimportsclaim3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10claimportsclaim3(inputs)
	if (locale === "de") return de_lesson_l10claimportsclaim3(inputs)
	return en_lesson_l10claimportsclaim3(inputs)
});
export { lesson_l10claimportsclaim3 as "lesson_l10ClaimPortsClaim" }