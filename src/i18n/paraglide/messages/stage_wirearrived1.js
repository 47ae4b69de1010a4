/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ from: NonNullable<unknown>, to: NonNullable<unknown> }} Stage_Wirearrived1Inputs */

const en_stage_wirearrived1 = /** @type {(inputs: Stage_Wirearrived1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.from} → ${i?.to}: arrived`)
};

const es_stage_wirearrived1 = /** @type {(inputs: Stage_Wirearrived1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.from} → ${i?.to}: ha llegado`)
};

const de_stage_wirearrived1 = /** @type {(inputs: Stage_Wirearrived1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.from} → ${i?.to}: angekommen`)
};

/**
* | output |
* | --- |
* | "{from} → {to}: arrived" |
*
* @param {Stage_Wirearrived1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const stage_wirearrived1 = /** @type {((inputs: Stage_Wirearrived1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Stage_Wirearrived1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_stage_wirearrived1(inputs)
	if (locale === "de") return de_stage_wirearrived1(inputs)
	return en_stage_wirearrived1(inputs)
});
export { stage_wirearrived1 as "stage_wireArrived" }