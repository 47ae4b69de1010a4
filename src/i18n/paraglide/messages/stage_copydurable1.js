/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Stage_Copydurable1Inputs */

const en_stage_copydurable1 = /** @type {(inputs: Stage_Copydurable1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`durable on disk`)
};

const es_stage_copydurable1 = /** @type {(inputs: Stage_Copydurable1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`guardado en disco`)
};

const de_stage_copydurable1 = /** @type {(inputs: Stage_Copydurable1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`dauerhaft auf der Festplatte`)
};

/**
* | output |
* | --- |
* | "durable on disk" |
*
* @param {Stage_Copydurable1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const stage_copydurable1 = /** @type {((inputs?: Stage_Copydurable1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Stage_Copydurable1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_stage_copydurable1(inputs)
	if (locale === "de") return de_stage_copydurable1(inputs)
	return en_stage_copydurable1(inputs)
});
export { stage_copydurable1 as "stage_copyDurable" }