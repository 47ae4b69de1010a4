/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ device: NonNullable<unknown>, to: NonNullable<unknown> }} Narration_Clientstate1Inputs */

const en_narration_clientstate1 = /** @type {(inputs: Narration_Clientstate1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device}'s mail program goes on to its next step, ${i?.to} (a step of the program, not a state of the protocol).`)
};

const es_narration_clientstate1 = /** @type {(inputs: Narration_Clientstate1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El programa de correo de ${i?.device} pasa a su siguiente paso, ${i?.to} (un paso del programa, no un estado del protocolo).`)
};

const de_narration_clientstate1 = /** @type {(inputs: Narration_Clientstate1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Das Mailprogramm von ${i?.device} geht zu seinem nächsten Schritt, ${i?.to} (ein Schritt des Programms, kein Zustand des Protokolls).`)
};

/**
* | output |
* | --- |
* | "{device}'s mail program goes on to its next step, {to} (a step of the program, not a state of the protocol)." |
*
* @param {Narration_Clientstate1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_clientstate1 = /** @type {((inputs: Narration_Clientstate1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Clientstate1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_clientstate1(inputs)
	if (locale === "de") return de_narration_clientstate1(inputs)
	return en_narration_clientstate1(inputs)
});
export { narration_clientstate1 as "narration_clientState" }