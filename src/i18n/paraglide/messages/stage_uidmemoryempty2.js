/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Stage_Uidmemoryempty2Inputs */

const en_stage_uidmemoryempty2 = /** @type {(inputs: Stage_Uidmemoryempty2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`nothing remembered`)
};

const es_stage_uidmemoryempty2 = /** @type {(inputs: Stage_Uidmemoryempty2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`nada recordado`)
};

const de_stage_uidmemoryempty2 = /** @type {(inputs: Stage_Uidmemoryempty2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`nichts gemerkt`)
};

/**
* | output |
* | --- |
* | "nothing remembered" |
*
* @param {Stage_Uidmemoryempty2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const stage_uidmemoryempty2 = /** @type {((inputs?: Stage_Uidmemoryempty2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Stage_Uidmemoryempty2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_stage_uidmemoryempty2(inputs)
	if (locale === "de") return de_stage_uidmemoryempty2(inputs)
	return en_stage_uidmemoryempty2(inputs)
});
export { stage_uidmemoryempty2 as "stage_uidMemoryEmpty" }