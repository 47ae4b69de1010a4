/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ device: NonNullable<unknown> }} Narration_Connectionrefused1Inputs */

const en_narration_connectionrefused1 = /** @type {(inputs: Narration_Connectionrefused1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The server is down, so ${i?.device}'s connection is refused. It tries again at its next poll.`)
};

const es_narration_connectionrefused1 = /** @type {(inputs: Narration_Connectionrefused1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El servidor está caído, así que se rechaza la conexión de ${i?.device}. Lo vuelve a intentar en su siguiente consulta.`)
};

const de_narration_connectionrefused1 = /** @type {(inputs: Narration_Connectionrefused1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Der Server ist ausgefallen, deshalb wird die Verbindung von ${i?.device} abgewiesen. Beim nächsten Abruf versucht es es wieder.`)
};

/**
* | output |
* | --- |
* | "The server is down, so {device}'s connection is refused. It tries again at its next poll." |
*
* @param {Narration_Connectionrefused1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_connectionrefused1 = /** @type {((inputs: Narration_Connectionrefused1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Connectionrefused1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_connectionrefused1(inputs)
	if (locale === "de") return de_narration_connectionrefused1(inputs)
	return en_narration_connectionrefused1(inputs)
});
export { narration_connectionrefused1 as "narration_connectionRefused" }