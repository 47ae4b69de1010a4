/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Stage_Clientstate1Inputs */

const en_stage_clientstate1 = /** @type {(inputs: Stage_Clientstate1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Client state`)
};

const es_stage_clientstate1 = /** @type {(inputs: Stage_Clientstate1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Estado del cliente`)
};

const de_stage_clientstate1 = /** @type {(inputs: Stage_Clientstate1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Clientzustand`)
};

/**
* | output |
* | --- |
* | "Client state" |
*
* @param {Stage_Clientstate1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const stage_clientstate1 = /** @type {((inputs?: Stage_Clientstate1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Stage_Clientstate1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_stage_clientstate1(inputs)
	if (locale === "de") return de_stage_clientstate1(inputs)
	return en_stage_clientstate1(inputs)
});
export { stage_clientstate1 as "stage_clientState" }