/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Narration_Serverabortedpop12Inputs */

const en_narration_serverabortedpop12 = /** @type {(inputs: Narration_Serverabortedpop12Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The session ended before RCVD confirmed receipt, so the server deletes nothing.`)
};

const es_narration_serverabortedpop12 = /** @type {(inputs: Narration_Serverabortedpop12Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La sesión terminó antes de que RCVD confirmara la recepción, así que el servidor no borra nada.`)
};

const de_narration_serverabortedpop12 = /** @type {(inputs: Narration_Serverabortedpop12Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Sitzung endete, bevor RCVD den Empfang bestätigte, also löscht der Server nichts.`)
};

/**
* | output |
* | --- |
* | "The session ended before RCVD confirmed receipt, so the server deletes nothing." |
*
* @param {Narration_Serverabortedpop12Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_serverabortedpop12 = /** @type {((inputs?: Narration_Serverabortedpop12Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Serverabortedpop12Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_serverabortedpop12(inputs)
	if (locale === "de") return de_narration_serverabortedpop12(inputs)
	return en_narration_serverabortedpop12(inputs)
});
export { narration_serverabortedpop12 as "narration_serverAbortedPop1" }