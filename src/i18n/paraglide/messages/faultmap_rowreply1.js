/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ command: NonNullable<unknown> }} Faultmap_Rowreply1Inputs */

const en_faultmap_rowreply1 = /** @type {(inputs: Faultmap_Rowreply1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.command} reply`)
};

const es_faultmap_rowreply1 = /** @type {(inputs: Faultmap_Rowreply1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`respuesta a ${i?.command}`)
};

const de_faultmap_rowreply1 = /** @type {(inputs: Faultmap_Rowreply1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Antwort auf ${i?.command}`)
};

/**
* | output |
* | --- |
* | "{command} reply" |
*
* @param {Faultmap_Rowreply1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const faultmap_rowreply1 = /** @type {((inputs: Faultmap_Rowreply1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Faultmap_Rowreply1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_faultmap_rowreply1(inputs)
	if (locale === "de") return de_faultmap_rowreply1(inputs)
	return en_faultmap_rowreply1(inputs)
});
export { faultmap_rowreply1 as "faultmap_rowReply" }