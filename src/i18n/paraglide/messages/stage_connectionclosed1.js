/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Stage_Connectionclosed1Inputs */

const en_stage_connectionclosed1 = /** @type {(inputs: Stage_Connectionclosed1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`closed`)
};

const es_stage_connectionclosed1 = /** @type {(inputs: Stage_Connectionclosed1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`cerrada`)
};

const de_stage_connectionclosed1 = /** @type {(inputs: Stage_Connectionclosed1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`geschlossen`)
};

/**
* | output |
* | --- |
* | "closed" |
*
* @param {Stage_Connectionclosed1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const stage_connectionclosed1 = /** @type {((inputs?: Stage_Connectionclosed1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Stage_Connectionclosed1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_stage_connectionclosed1(inputs)
	if (locale === "de") return de_stage_connectionclosed1(inputs)
	return en_stage_connectionclosed1(inputs)
});
export { stage_connectionclosed1 as "stage_connectionClosed" }