/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Stage_DescriptionInputs */

const en_stage_description = /** @type {(inputs: Stage_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Client devices on the left, the channel in the middle, the server on the right.`)
};

const es_stage_description = /** @type {(inputs: Stage_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Los dispositivos cliente a la izquierda, el canal en el centro, el servidor a la derecha.`)
};

const de_stage_description = /** @type {(inputs: Stage_DescriptionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Links die Client-Geräte, in der Mitte der Kanal, rechts der Server.`)
};

/**
* | output |
* | --- |
* | "Client devices on the left, the channel in the middle, the server on the right." |
*
* @param {Stage_DescriptionInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const stage_description = /** @type {((inputs?: Stage_DescriptionInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Stage_DescriptionInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_stage_description(inputs)
	if (locale === "de") return de_stage_description(inputs)
	return en_stage_description(inputs)
});