/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Narration_Removedupdate1Inputs */

const en_narration_removedupdate1 = /** @type {(inputs: Narration_Removedupdate1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`In UPDATE, after QUIT, the server removes the marked message.`)
};

const es_narration_removedupdate1 = /** @type {(inputs: Narration_Removedupdate1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En UPDATE, tras QUIT, el servidor elimina el mensaje marcado.`)
};

const de_narration_removedupdate1 = /** @type {(inputs: Narration_Removedupdate1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`In UPDATE, nach QUIT, entfernt der Server die markierte Nachricht.`)
};

/**
* | output |
* | --- |
* | "In UPDATE, after QUIT, the server removes the marked message." |
*
* @param {Narration_Removedupdate1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_removedupdate1 = /** @type {((inputs?: Narration_Removedupdate1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Removedupdate1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_removedupdate1(inputs)
	if (locale === "de") return de_narration_removedupdate1(inputs)
	return en_narration_removedupdate1(inputs)
});
export { narration_removedupdate1 as "narration_removedUpdate" }