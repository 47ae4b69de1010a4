/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Stage_Storeempty1Inputs */

const en_stage_storeempty1 = /** @type {(inputs: Stage_Storeempty1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`no messages`)
};

const es_stage_storeempty1 = /** @type {(inputs: Stage_Storeempty1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sin mensajes`)
};

const de_stage_storeempty1 = /** @type {(inputs: Stage_Storeempty1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`keine Nachrichten`)
};

/**
* | output |
* | --- |
* | "no messages" |
*
* @param {Stage_Storeempty1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const stage_storeempty1 = /** @type {((inputs?: Stage_Storeempty1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Stage_Storeempty1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_stage_storeempty1(inputs)
	if (locale === "de") return de_stage_storeempty1(inputs)
	return en_stage_storeempty1(inputs)
});
export { stage_storeempty1 as "stage_storeEmpty" }