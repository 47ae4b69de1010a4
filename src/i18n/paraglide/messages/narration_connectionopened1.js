/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ device: NonNullable<unknown> }} Narration_Connectionopened1Inputs */

const en_narration_connectionopened1 = /** @type {(inputs: Narration_Connectionopened1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The connection between ${i?.device} and the server is open.`)
};

const es_narration_connectionopened1 = /** @type {(inputs: Narration_Connectionopened1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La conexión entre ${i?.device} y el servidor está abierta.`)
};

const de_narration_connectionopened1 = /** @type {(inputs: Narration_Connectionopened1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Die Verbindung zwischen ${i?.device} und dem Server ist offen.`)
};

/**
* | output |
* | --- |
* | "The connection between {device} and the server is open." |
*
* @param {Narration_Connectionopened1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_connectionopened1 = /** @type {((inputs: Narration_Connectionopened1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Connectionopened1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_connectionopened1(inputs)
	if (locale === "de") return de_narration_connectionopened1(inputs)
	return en_narration_connectionopened1(inputs)
});
export { narration_connectionopened1 as "narration_connectionOpened" }