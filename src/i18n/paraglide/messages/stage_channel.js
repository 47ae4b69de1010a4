/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Stage_ChannelInputs */

const en_stage_channel = /** @type {(inputs: Stage_ChannelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Channel`)
};

const es_stage_channel = /** @type {(inputs: Stage_ChannelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Canal`)
};

const de_stage_channel = /** @type {(inputs: Stage_ChannelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Kanal`)
};

/**
* | output |
* | --- |
* | "Channel" |
*
* @param {Stage_ChannelInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const stage_channel = /** @type {((inputs?: Stage_ChannelInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Stage_ChannelInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_stage_channel(inputs)
	if (locale === "de") return de_stage_channel(inputs)
	return en_stage_channel(inputs)
});