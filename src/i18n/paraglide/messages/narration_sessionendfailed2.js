/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ session: NonNullable<unknown>, device: NonNullable<unknown>, reason: NonNullable<unknown> }} Narration_Sessionendfailed2Inputs */

const en_narration_sessionendfailed2 = /** @type {(inputs: Narration_Sessionendfailed2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Session ${i?.session} of ${i?.device} ended badly: ${i?.reason}.`)
};

const es_narration_sessionendfailed2 = /** @type {(inputs: Narration_Sessionendfailed2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La sesión ${i?.session} de ${i?.device} terminó mal: ${i?.reason}.`)
};

const de_narration_sessionendfailed2 = /** @type {(inputs: Narration_Sessionendfailed2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Sitzung ${i?.session} von ${i?.device} ist schlecht ausgegangen: ${i?.reason}.`)
};

/**
* | output |
* | --- |
* | "Session {session} of {device} ended badly: {reason}." |
*
* @param {Narration_Sessionendfailed2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_sessionendfailed2 = /** @type {((inputs: Narration_Sessionendfailed2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Sessionendfailed2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_sessionendfailed2(inputs)
	if (locale === "de") return de_narration_sessionendfailed2(inputs)
	return en_narration_sessionendfailed2(inputs)
});
export { narration_sessionendfailed2 as "narration_sessionEndFailed" }