/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ protocol: NonNullable<unknown> }} States_DescriptionInputs */

const en_states_description = /** @type {(inputs: States_DescriptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The ${i?.protocol} server's states and the commands that move it between them, drawn from the same table the server runs.`)
};

const es_states_description = /** @type {(inputs: States_DescriptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Los estados del servidor ${i?.protocol} y las órdenes que lo llevan de uno a otro, dibujados a partir de la misma tabla que ejecuta el servidor.`)
};

const de_states_description = /** @type {(inputs: States_DescriptionInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Die Zustände des ${i?.protocol}-Servers und die Befehle, die ihn von einem zum anderen bringen, gezeichnet aus derselben Tabelle, nach der der Server arbeitet.`)
};

/**
* | output |
* | --- |
* | "The {protocol} server's states and the commands that move it between them, drawn from the same table the server runs." |
*
* @param {States_DescriptionInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const states_description = /** @type {((inputs: States_DescriptionInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<States_DescriptionInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_states_description(inputs)
	if (locale === "de") return de_states_description(inputs)
	return en_states_description(inputs)
});