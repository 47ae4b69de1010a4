/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ n: NonNullable<unknown>, total: NonNullable<unknown> }} Lessons_Showhint1Inputs */

const en_lessons_showhint1 = /** @type {(inputs: Lessons_Showhint1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Show hint ${i?.n} of ${i?.total}`)
};

const es_lessons_showhint1 = /** @type {(inputs: Lessons_Showhint1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ver la pista ${i?.n} de ${i?.total}`)
};

const de_lessons_showhint1 = /** @type {(inputs: Lessons_Showhint1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Tipp ${i?.n} von ${i?.total} zeigen`)
};

/**
* | output |
* | --- |
* | "Show hint {n} of {total}" |
*
* @param {Lessons_Showhint1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lessons_showhint1 = /** @type {((inputs: Lessons_Showhint1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lessons_Showhint1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lessons_showhint1(inputs)
	if (locale === "de") return de_lessons_showhint1(inputs)
	return en_lessons_showhint1(inputs)
});
export { lessons_showhint1 as "lessons_showHint" }