/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Stage_Maildropempty1Inputs */

const en_stage_maildropempty1 = /** @type {(inputs: Stage_Maildropempty1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`empty`)
};

const es_stage_maildropempty1 = /** @type {(inputs: Stage_Maildropempty1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`vacío`)
};

const de_stage_maildropempty1 = /** @type {(inputs: Stage_Maildropempty1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`leer`)
};

/**
* | output |
* | --- |
* | "empty" |
*
* @param {Stage_Maildropempty1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const stage_maildropempty1 = /** @type {((inputs?: Stage_Maildropempty1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Stage_Maildropempty1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_stage_maildropempty1(inputs)
	if (locale === "de") return de_stage_maildropempty1(inputs)
	return en_stage_maildropempty1(inputs)
});
export { stage_maildropempty1 as "stage_maildropEmpty" }