/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Stage_Serverremoved1Inputs */

const en_stage_serverremoved1 = /** @type {(inputs: Stage_Serverremoved1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`removed`)
};

const es_stage_serverremoved1 = /** @type {(inputs: Stage_Serverremoved1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`eliminado`)
};

const de_stage_serverremoved1 = /** @type {(inputs: Stage_Serverremoved1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`entfernt`)
};

/**
* | output |
* | --- |
* | "removed" |
*
* @param {Stage_Serverremoved1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const stage_serverremoved1 = /** @type {((inputs?: Stage_Serverremoved1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Stage_Serverremoved1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_stage_serverremoved1(inputs)
	if (locale === "de") return de_stage_serverremoved1(inputs)
	return en_stage_serverremoved1(inputs)
});
export { stage_serverremoved1 as "stage_serverRemoved" }