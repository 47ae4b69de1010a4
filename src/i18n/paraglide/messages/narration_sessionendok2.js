/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ session: NonNullable<unknown>, device: NonNullable<unknown>, reason: NonNullable<unknown> }} Narration_Sessionendok2Inputs */

const en_narration_sessionendok2 = /** @type {(inputs: Narration_Sessionendok2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Session ${i?.session} of ${i?.device} ended: ${i?.reason}.`)
};

const es_narration_sessionendok2 = /** @type {(inputs: Narration_Sessionendok2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La sesión ${i?.session} de ${i?.device} terminó: ${i?.reason}.`)
};

const de_narration_sessionendok2 = /** @type {(inputs: Narration_Sessionendok2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Sitzung ${i?.session} von ${i?.device} ist beendet: ${i?.reason}.`)
};

/**
* | output |
* | --- |
* | "Session {session} of {device} ended: {reason}." |
*
* @param {Narration_Sessionendok2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_sessionendok2 = /** @type {((inputs: Narration_Sessionendok2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Sessionendok2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_sessionendok2(inputs)
	if (locale === "de") return de_narration_sessionendok2(inputs)
	return en_narration_sessionendok2(inputs)
});
export { narration_sessionendok2 as "narration_sessionEndOk" }