/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ label: NonNullable<unknown>, done: NonNullable<unknown>, total: NonNullable<unknown> }} Stage_Inflight1Inputs */

const en_stage_inflight1 = /** @type {(inputs: Stage_Inflight1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label}: ${i?.done} of ${i?.total} octets`)
};

const es_stage_inflight1 = /** @type {(inputs: Stage_Inflight1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label}: ${i?.done} de ${i?.total} octetos`)
};

const de_stage_inflight1 = /** @type {(inputs: Stage_Inflight1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label}: ${i?.done} von ${i?.total} Oktetten`)
};

/**
* | output |
* | --- |
* | "{label}: {done} of {total} octets" |
*
* @param {Stage_Inflight1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const stage_inflight1 = /** @type {((inputs: Stage_Inflight1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Stage_Inflight1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_stage_inflight1(inputs)
	if (locale === "de") return de_stage_inflight1(inputs)
	return en_stage_inflight1(inputs)
});
export { stage_inflight1 as "stage_inFlight" }