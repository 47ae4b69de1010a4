/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ device: NonNullable<unknown> }} Narration_Connectionclosed1Inputs */

const en_narration_connectionclosed1 = /** @type {(inputs: Narration_Connectionclosed1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The connection of ${i?.device} closed normally.`)
};

const es_narration_connectionclosed1 = /** @type {(inputs: Narration_Connectionclosed1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La conexión de ${i?.device} se cerró con normalidad.`)
};

const de_narration_connectionclosed1 = /** @type {(inputs: Narration_Connectionclosed1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Die Verbindung von ${i?.device} wurde normal geschlossen.`)
};

/**
* | output |
* | --- |
* | "The connection of {device} closed normally." |
*
* @param {Narration_Connectionclosed1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_connectionclosed1 = /** @type {((inputs: Narration_Connectionclosed1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Connectionclosed1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_connectionclosed1(inputs)
	if (locale === "de") return de_narration_connectionclosed1(inputs)
	return en_narration_connectionclosed1(inputs)
});
export { narration_connectionclosed1 as "narration_connectionClosed" }