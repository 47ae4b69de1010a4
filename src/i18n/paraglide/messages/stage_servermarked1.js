/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Stage_Servermarked1Inputs */

const en_stage_servermarked1 = /** @type {(inputs: Stage_Servermarked1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`marked for deletion`)
};

const es_stage_servermarked1 = /** @type {(inputs: Stage_Servermarked1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`marcado para borrar`)
};

const de_stage_servermarked1 = /** @type {(inputs: Stage_Servermarked1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`zum Löschen markiert`)
};

/**
* | output |
* | --- |
* | "marked for deletion" |
*
* @param {Stage_Servermarked1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const stage_servermarked1 = /** @type {((inputs?: Stage_Servermarked1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Stage_Servermarked1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_stage_servermarked1(inputs)
	if (locale === "de") return de_stage_servermarked1(inputs)
	return en_stage_servermarked1(inputs)
});
export { stage_servermarked1 as "stage_serverMarked" }