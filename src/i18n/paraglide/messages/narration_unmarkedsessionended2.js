/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ number: NonNullable<unknown> }} Narration_Unmarkedsessionended2Inputs */

const en_narration_unmarkedsessionended2 = /** @type {(inputs: Narration_Unmarkedsessionended2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The session ended without QUIT, so the deletion mark on message ${i?.number} is dropped: the message stays on the server.`)
};

const es_narration_unmarkedsessionended2 = /** @type {(inputs: Narration_Unmarkedsessionended2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La sesión terminó sin QUIT, así que la marca de borrado del mensaje ${i?.number} se pierde: el mensaje se queda en el servidor.`)
};

const de_narration_unmarkedsessionended2 = /** @type {(inputs: Narration_Unmarkedsessionended2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Die Sitzung endete ohne QUIT, also verfällt die Löschmarkierung von Nachricht ${i?.number}: Die Nachricht bleibt auf dem Server.`)
};

/**
* | output |
* | --- |
* | "The session ended without QUIT, so the deletion mark on message {number} is dropped: the message stays on the server." |
*
* @param {Narration_Unmarkedsessionended2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_unmarkedsessionended2 = /** @type {((inputs: Narration_Unmarkedsessionended2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Unmarkedsessionended2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_unmarkedsessionended2(inputs)
	if (locale === "de") return de_narration_unmarkedsessionended2(inputs)
	return en_narration_unmarkedsessionended2(inputs)
});
export { narration_unmarkedsessionended2 as "narration_unmarkedSessionEnded" }