/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Stage_Connectionconnected1Inputs */

const en_stage_connectionconnected1 = /** @type {(inputs: Stage_Connectionconnected1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`connected`)
};

const es_stage_connectionconnected1 = /** @type {(inputs: Stage_Connectionconnected1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`conectado`)
};

const de_stage_connectionconnected1 = /** @type {(inputs: Stage_Connectionconnected1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`verbunden`)
};

/**
* | output |
* | --- |
* | "connected" |
*
* @param {Stage_Connectionconnected1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const stage_connectionconnected1 = /** @type {((inputs?: Stage_Connectionconnected1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Stage_Connectionconnected1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_stage_connectionconnected1(inputs)
	if (locale === "de") return de_stage_connectionconnected1(inputs)
	return en_stage_connectionconnected1(inputs)
});
export { stage_connectionconnected1 as "stage_connectionConnected" }