/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ from: NonNullable<unknown>, to: NonNullable<unknown>, done: NonNullable<unknown>, total: NonNullable<unknown> }} Stage_Wireway1Inputs */

const en_stage_wireway1 = /** @type {(inputs: Stage_Wireway1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.from} → ${i?.to}: ${i?.done} of ${i?.total} octets on the way`)
};

const es_stage_wireway1 = /** @type {(inputs: Stage_Wireway1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.from} → ${i?.to}: ${i?.done} de ${i?.total} octetos en camino`)
};

const de_stage_wireway1 = /** @type {(inputs: Stage_Wireway1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.from} → ${i?.to}: ${i?.done} von ${i?.total} Oktetten unterwegs`)
};

/**
* | output |
* | --- |
* | "{from} → {to}: {done} of {total} octets on the way" |
*
* @param {Stage_Wireway1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const stage_wireway1 = /** @type {((inputs: Stage_Wireway1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Stage_Wireway1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_stage_wireway1(inputs)
	if (locale === "de") return de_stage_wireway1(inputs)
	return en_stage_wireway1(inputs)
});
export { stage_wireway1 as "stage_wireWay" }