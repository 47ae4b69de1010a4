/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Stage_Serverstate1Inputs */

const en_stage_serverstate1 = /** @type {(inputs: Stage_Serverstate1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Server state`)
};

const es_stage_serverstate1 = /** @type {(inputs: Stage_Serverstate1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Estado del servidor`)
};

const de_stage_serverstate1 = /** @type {(inputs: Stage_Serverstate1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Serverzustand`)
};

/**
* | output |
* | --- |
* | "Server state" |
*
* @param {Stage_Serverstate1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const stage_serverstate1 = /** @type {((inputs?: Stage_Serverstate1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Stage_Serverstate1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_stage_serverstate1(inputs)
	if (locale === "de") return de_stage_serverstate1(inputs)
	return en_stage_serverstate1(inputs)
});
export { stage_serverstate1 as "stage_serverState" }