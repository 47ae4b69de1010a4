/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Narration_Removedexpungeondele3Inputs */

const en_narration_removedexpungeondele3 = /** @type {(inputs: Narration_Removedexpungeondele3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This non-conformant server removes the message at DELE, before QUIT.`)
};

const es_narration_removedexpungeondele3 = /** @type {(inputs: Narration_Removedexpungeondele3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Este servidor no conforme elimina el mensaje en DELE, antes de QUIT.`)
};

const de_narration_removedexpungeondele3 = /** @type {(inputs: Narration_Removedexpungeondele3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dieser nicht konforme Server entfernt die Nachricht schon bei DELE, vor QUIT.`)
};

/**
* | output |
* | --- |
* | "This non-conformant server removes the message at DELE, before QUIT." |
*
* @param {Narration_Removedexpungeondele3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_removedexpungeondele3 = /** @type {((inputs?: Narration_Removedexpungeondele3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Removedexpungeondele3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_removedexpungeondele3(inputs)
	if (locale === "de") return de_narration_removedexpungeondele3(inputs)
	return en_narration_removedexpungeondele3(inputs)
});
export { narration_removedexpungeondele3 as "narration_removedExpungeOnDele" }