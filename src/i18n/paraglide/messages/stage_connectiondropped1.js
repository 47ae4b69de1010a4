/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Stage_Connectiondropped1Inputs */

const en_stage_connectiondropped1 = /** @type {(inputs: Stage_Connectiondropped1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`connection cut ✂`)
};

const es_stage_connectiondropped1 = /** @type {(inputs: Stage_Connectiondropped1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`conexión cortada ✂`)
};

const de_stage_connectiondropped1 = /** @type {(inputs: Stage_Connectiondropped1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Verbindung getrennt ✂`)
};

/**
* | output |
* | --- |
* | "connection cut ✂" |
*
* @param {Stage_Connectiondropped1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const stage_connectiondropped1 = /** @type {((inputs?: Stage_Connectiondropped1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Stage_Connectiondropped1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_stage_connectiondropped1(inputs)
	if (locale === "de") return de_stage_connectiondropped1(inputs)
	return en_stage_connectiondropped1(inputs)
});
export { stage_connectiondropped1 as "stage_connectionDropped" }