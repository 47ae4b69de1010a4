/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Stage_Uidmemory1Inputs */

const en_stage_uidmemory1 = /** @type {(inputs: Stage_Uidmemory1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`UID memory`)
};

const es_stage_uidmemory1 = /** @type {(inputs: Stage_Uidmemory1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Memoria de UID`)
};

const de_stage_uidmemory1 = /** @type {(inputs: Stage_Uidmemory1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`UID-Gedächtnis`)
};

/**
* | output |
* | --- |
* | "UID memory" |
*
* @param {Stage_Uidmemory1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const stage_uidmemory1 = /** @type {((inputs?: Stage_Uidmemory1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Stage_Uidmemory1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_stage_uidmemory1(inputs)
	if (locale === "de") return de_stage_uidmemory1(inputs)
	return en_stage_uidmemory1(inputs)
});
export { stage_uidmemory1 as "stage_uidMemory" }