/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ from: NonNullable<unknown>, to: NonNullable<unknown>, commands: NonNullable<unknown> }} States_EdgeInputs */

const en_states_edge = /** @type {(inputs: States_EdgeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.from} to ${i?.to} on ${i?.commands}`)
};

const es_states_edge = /** @type {(inputs: States_EdgeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`de ${i?.from} a ${i?.to} con ${i?.commands}`)
};

const de_states_edge = /** @type {(inputs: States_EdgeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`von ${i?.from} nach ${i?.to} bei ${i?.commands}`)
};

/**
* | output |
* | --- |
* | "{from} to {to} on {commands}" |
*
* @param {States_EdgeInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const states_edge = /** @type {((inputs: States_EdgeInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<States_EdgeInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_states_edge(inputs)
	if (locale === "de") return de_states_edge(inputs)
	return en_states_edge(inputs)
});