/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ max: NonNullable<unknown> }} Format_Toomanylocaldeletions3Inputs */

const en_format_toomanylocaldeletions3 = /** @type {(inputs: Format_Toomanylocaldeletions3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`at most ${i?.max} local deletions allowed`)
};

const es_format_toomanylocaldeletions3 = /** @type {(inputs: Format_Toomanylocaldeletions3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`se permiten como máximo ${i?.max} borrados locales`)
};

const de_format_toomanylocaldeletions3 = /** @type {(inputs: Format_Toomanylocaldeletions3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`höchstens ${i?.max} lokale Löschungen erlaubt`)
};

/**
* | output |
* | --- |
* | "at most {max} local deletions allowed" |
*
* @param {Format_Toomanylocaldeletions3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const format_toomanylocaldeletions3 = /** @type {((inputs: Format_Toomanylocaldeletions3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Toomanylocaldeletions3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_toomanylocaldeletions3(inputs)
	if (locale === "de") return de_format_toomanylocaldeletions3(inputs)
	return en_format_toomanylocaldeletions3(inputs)
});
export { format_toomanylocaldeletions3 as "format_tooManyLocalDeletions" }