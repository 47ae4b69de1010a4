/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Why_Stepmarksundone2Inputs */

const en_why_stepmarksundone2 = /** @type {(inputs: Why_Stepmarksundone2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`marks undone at step`)
};

const es_why_stepmarksundone2 = /** @type {(inputs: Why_Stepmarksundone2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`marcas deshechas en el paso`)
};

const de_why_stepmarksundone2 = /** @type {(inputs: Why_Stepmarksundone2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Markierungen aufgehoben bei Schritt`)
};

/**
* | output |
* | --- |
* | "marks undone at step" |
*
* @param {Why_Stepmarksundone2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const why_stepmarksundone2 = /** @type {((inputs?: Why_Stepmarksundone2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Why_Stepmarksundone2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_why_stepmarksundone2(inputs)
	if (locale === "de") return de_why_stepmarksundone2(inputs)
	return en_why_stepmarksundone2(inputs)
});
export { why_stepmarksundone2 as "why_stepMarksUndone" }