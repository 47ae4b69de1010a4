/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ device: NonNullable<unknown> }} Stage_Lockheldby2Inputs */

const en_stage_lockheldby2 = /** @type {(inputs: Stage_Lockheldby2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`locked by ${i?.device}`)
};

const es_stage_lockheldby2 = /** @type {(inputs: Stage_Lockheldby2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`bloqueado por ${i?.device}`)
};

const de_stage_lockheldby2 = /** @type {(inputs: Stage_Lockheldby2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`gesperrt durch ${i?.device}`)
};

/**
* | output |
* | --- |
* | "locked by {device}" |
*
* @param {Stage_Lockheldby2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const stage_lockheldby2 = /** @type {((inputs: Stage_Lockheldby2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Stage_Lockheldby2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_stage_lockheldby2(inputs)
	if (locale === "de") return de_stage_lockheldby2(inputs)
	return en_stage_lockheldby2(inputs)
});
export { stage_lockheldby2 as "stage_lockHeldBy" }