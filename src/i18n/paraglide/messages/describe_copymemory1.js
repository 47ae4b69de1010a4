/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ device: NonNullable<unknown>, message: NonNullable<unknown> }} Describe_Copymemory1Inputs */

const en_describe_copymemory1 = /** @type {(inputs: Describe_Copymemory1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} holds ${i?.message} in memory only: not yet safe.`)
};

const es_describe_copymemory1 = /** @type {(inputs: Describe_Copymemory1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} tiene ${i?.message} solo en memoria: aún no está a salvo.`)
};

const de_describe_copymemory1 = /** @type {(inputs: Describe_Copymemory1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} hat ${i?.message} nur im Arbeitsspeicher: noch nicht sicher.`)
};

/**
* | output |
* | --- |
* | "{device} holds {message} in memory only: not yet safe." |
*
* @param {Describe_Copymemory1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const describe_copymemory1 = /** @type {((inputs: Describe_Copymemory1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Describe_Copymemory1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_describe_copymemory1(inputs)
	if (locale === "de") return de_describe_copymemory1(inputs)
	return en_describe_copymemory1(inputs)
});
export { describe_copymemory1 as "describe_copyMemory" }