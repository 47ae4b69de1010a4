/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Stage_Serverpresent1Inputs */

const en_stage_serverpresent1 = /** @type {(inputs: Stage_Serverpresent1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`present`)
};

const es_stage_serverpresent1 = /** @type {(inputs: Stage_Serverpresent1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`presente`)
};

const de_stage_serverpresent1 = /** @type {(inputs: Stage_Serverpresent1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`vorhanden`)
};

/**
* | output |
* | --- |
* | "present" |
*
* @param {Stage_Serverpresent1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const stage_serverpresent1 = /** @type {((inputs?: Stage_Serverpresent1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Stage_Serverpresent1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_stage_serverpresent1(inputs)
	if (locale === "de") return de_stage_serverpresent1(inputs)
	return en_stage_serverpresent1(inputs)
});
export { stage_serverpresent1 as "stage_serverPresent" }