/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_F6updatepartlyfailstitle4Inputs */

const en_library_f6updatepartlyfailstitle4 = /** @type {(inputs: Library_F6updatepartlyfailstitle4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F6: QUIT on a server whose UPDATE can fail part-way`)
};

const es_library_f6updatepartlyfailstitle4 = /** @type {(inputs: Library_F6updatepartlyfailstitle4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F6: QUIT en un servidor cuyo UPDATE puede fallar a medias`)
};

const de_library_f6updatepartlyfailstitle4 = /** @type {(inputs: Library_F6updatepartlyfailstitle4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F6: QUIT auf einem Server, dessen UPDATE teilweise fehlschlagen kann`)
};

/**
* | output |
* | --- |
* | "F6: QUIT on a server whose UPDATE can fail part-way" |
*
* @param {Library_F6updatepartlyfailstitle4Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_f6updatepartlyfailstitle4 = /** @type {((inputs?: Library_F6updatepartlyfailstitle4Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_F6updatepartlyfailstitle4Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_f6updatepartlyfailstitle4(inputs)
	if (locale === "de") return de_library_f6updatepartlyfailstitle4(inputs)
	return en_library_f6updatepartlyfailstitle4(inputs)
});
export { library_f6updatepartlyfailstitle4 as "library_f6UpdatePartlyFailsTitle" }