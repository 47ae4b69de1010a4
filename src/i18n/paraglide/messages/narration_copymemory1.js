/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ device: NonNullable<unknown> }} Narration_Copymemory1Inputs */

const en_narration_copymemory1 = /** @type {(inputs: Narration_Copymemory1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} holds a complete copy in memory only; a crash would lose it.`)
};

const es_narration_copymemory1 = /** @type {(inputs: Narration_Copymemory1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} tiene una copia completa, pero solo en memoria; un cuelgue la perdería.`)
};

const de_narration_copymemory1 = /** @type {(inputs: Narration_Copymemory1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} hat eine vollständige Kopie, aber nur im Arbeitsspeicher; ein Absturz würde sie vernichten.`)
};

/**
* | output |
* | --- |
* | "{device} holds a complete copy in memory only; a crash would lose it." |
*
* @param {Narration_Copymemory1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_copymemory1 = /** @type {((inputs: Narration_Copymemory1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Copymemory1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_copymemory1(inputs)
	if (locale === "de") return de_narration_copymemory1(inputs)
	return en_narration_copymemory1(inputs)
});
export { narration_copymemory1 as "narration_copyMemory" }