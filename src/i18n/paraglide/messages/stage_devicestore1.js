/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ device: NonNullable<unknown> }} Stage_Devicestore1Inputs */

const en_stage_devicestore1 = /** @type {(inputs: Stage_Devicestore1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} store`)
};

const es_stage_devicestore1 = /** @type {(inputs: Stage_Devicestore1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Almacén de ${i?.device}`)
};

const de_stage_devicestore1 = /** @type {(inputs: Stage_Devicestore1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Speicher: ${i?.device}`)
};

/**
* | output |
* | --- |
* | "{device} store" |
*
* @param {Stage_Devicestore1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const stage_devicestore1 = /** @type {((inputs: Stage_Devicestore1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Stage_Devicestore1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_stage_devicestore1(inputs)
	if (locale === "de") return de_stage_devicestore1(inputs)
	return en_stage_devicestore1(inputs)
});
export { stage_devicestore1 as "stage_deviceStore" }