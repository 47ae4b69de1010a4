/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ commands: NonNullable<unknown> }} States_StaysInputs */

const en_states_stays = /** @type {(inputs: States_StaysInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`stays: ${i?.commands}`)
};

const es_states_stays = /** @type {(inputs: States_StaysInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`se queda: ${i?.commands}`)
};

const de_states_stays = /** @type {(inputs: States_StaysInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`bleibt: ${i?.commands}`)
};

/**
* | output |
* | --- |
* | "stays: {commands}" |
*
* @param {States_StaysInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const states_stays = /** @type {((inputs: States_StaysInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<States_StaysInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_states_stays(inputs)
	if (locale === "de") return de_states_stays(inputs)
	return en_states_stays(inputs)
});