/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ keyword: NonNullable<unknown>, said: NonNullable<unknown> }} Format_Clientsneversend2Inputs */

const en_format_clientsneversend2 = /** @type {(inputs: Format_Clientsneversend2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`the scenario's clients never send ${i?.keyword} in this scenario (they send ${i?.said}); this fault can never fire`)
};

const es_format_clientsneversend2 = /** @type {(inputs: Format_Clientsneversend2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`los clientes del escenario nunca envían ${i?.keyword} en este escenario (envían: ${i?.said}); este fallo nunca puede producirse`)
};

const de_format_clientsneversend2 = /** @type {(inputs: Format_Clientsneversend2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`die Clients des Szenarios senden in diesem Szenario nie ${i?.keyword} (sie senden: ${i?.said}); diese Störung kann nie eintreten`)
};

/**
* | output |
* | --- |
* | "the scenario's clients never send {keyword} in this scenario (they send {said}); this fault can never fire" |
*
* @param {Format_Clientsneversend2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const format_clientsneversend2 = /** @type {((inputs: Format_Clientsneversend2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Clientsneversend2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_clientsneversend2(inputs)
	if (locale === "de") return de_format_clientsneversend2(inputs)
	return en_format_clientsneversend2(inputs)
});
export { format_clientsneversend2 as "format_clientsNeverSend" }