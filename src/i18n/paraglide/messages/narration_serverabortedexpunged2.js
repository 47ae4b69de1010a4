/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Narration_Serverabortedexpunged2Inputs */

const en_narration_serverabortedexpunged2 = /** @type {(inputs: Narration_Serverabortedexpunged2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The session ended without QUIT, so there is no UPDATE. But this non-conformant server had already removed messages at DELE, and they stay removed.`)
};

const es_narration_serverabortedexpunged2 = /** @type {(inputs: Narration_Serverabortedexpunged2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La sesión terminó sin QUIT, así que no hay UPDATE. Pero este servidor no conforme ya había eliminado mensajes en DELE, y siguen eliminados.`)
};

const de_narration_serverabortedexpunged2 = /** @type {(inputs: Narration_Serverabortedexpunged2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Sitzung endete ohne QUIT, also gibt es kein UPDATE. Aber dieser nicht konforme Server hatte schon bei DELE Nachrichten entfernt, und die bleiben entfernt.`)
};

/**
* | output |
* | --- |
* | "The session ended without QUIT, so there is no UPDATE. But this non-conformant server had already removed messages at DELE, and they stay removed." |
*
* @param {Narration_Serverabortedexpunged2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_serverabortedexpunged2 = /** @type {((inputs?: Narration_Serverabortedexpunged2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Serverabortedexpunged2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_serverabortedexpunged2(inputs)
	if (locale === "de") return de_narration_serverabortedexpunged2(inputs)
	return en_narration_serverabortedexpunged2(inputs)
});
export { narration_serverabortedexpunged2 as "narration_serverAbortedExpunged" }