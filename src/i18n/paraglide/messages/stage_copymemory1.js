/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Stage_Copymemory1Inputs */

const en_stage_copymemory1 = /** @type {(inputs: Stage_Copymemory1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`in memory (not yet safe)`)
};

const es_stage_copymemory1 = /** @type {(inputs: Stage_Copymemory1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`en memoria (aún no a salvo)`)
};

const de_stage_copymemory1 = /** @type {(inputs: Stage_Copymemory1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`im Arbeitsspeicher (noch nicht sicher)`)
};

/**
* | output |
* | --- |
* | "in memory (not yet safe)" |
*
* @param {Stage_Copymemory1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const stage_copymemory1 = /** @type {((inputs?: Stage_Copymemory1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Stage_Copymemory1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_stage_copymemory1(inputs)
	if (locale === "de") return de_stage_copymemory1(inputs)
	return en_stage_copymemory1(inputs)
});
export { stage_copymemory1 as "stage_copyMemory" }