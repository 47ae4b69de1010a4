/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Stage_Serverdown1Inputs */

const en_stage_serverdown1 = /** @type {(inputs: Stage_Serverdown1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Server crashed`)
};

const es_stage_serverdown1 = /** @type {(inputs: Stage_Serverdown1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El servidor se ha caído`)
};

const de_stage_serverdown1 = /** @type {(inputs: Stage_Serverdown1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Server abgestürzt`)
};

/**
* | output |
* | --- |
* | "Server crashed" |
*
* @param {Stage_Serverdown1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const stage_serverdown1 = /** @type {((inputs?: Stage_Serverdown1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Stage_Serverdown1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_stage_serverdown1(inputs)
	if (locale === "de") return de_stage_serverdown1(inputs)
	return en_stage_serverdown1(inputs)
});
export { stage_serverdown1 as "stage_serverDown" }