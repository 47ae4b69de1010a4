/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ protocol: NonNullable<unknown> }} States_Clientdescription1Inputs */

const en_states_clientdescription1 = /** @type {(inputs: States_Clientdescription1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The ${i?.protocol} client's states and the steps that move it between them, drawn from the same table the client runs.`)
};

const es_states_clientdescription1 = /** @type {(inputs: States_Clientdescription1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Los estados del cliente ${i?.protocol} y los pasos que lo llevan de uno a otro, dibujados a partir de la misma tabla que ejecuta el cliente.`)
};

const de_states_clientdescription1 = /** @type {(inputs: States_Clientdescription1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Die Zustände des ${i?.protocol}-Clients und die Schritte, die ihn von einem zum anderen bringen, gezeichnet aus derselben Tabelle, nach der der Client arbeitet.`)
};

/**
* | output |
* | --- |
* | "The {protocol} client's states and the steps that move it between them, drawn from the same table the client runs." |
*
* @param {States_Clientdescription1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const states_clientdescription1 = /** @type {((inputs: States_Clientdescription1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<States_Clientdescription1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_states_clientdescription1(inputs)
	if (locale === "de") return de_states_clientdescription1(inputs)
	return en_states_clientdescription1(inputs)
});
export { states_clientdescription1 as "states_clientDescription" }