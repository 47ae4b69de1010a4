/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ device: NonNullable<unknown>, uid: NonNullable<unknown> }} Narration_Uidremembered1Inputs */

const en_narration_uidremembered1 = /** @type {(inputs: Narration_Uidremembered1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} remembers UID ${i?.uid}, so it will not fetch this message again.`)
};

const es_narration_uidremembered1 = /** @type {(inputs: Narration_Uidremembered1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} recuerda el UID ${i?.uid}, así que no volverá a descargar este mensaje.`)
};

const de_narration_uidremembered1 = /** @type {(inputs: Narration_Uidremembered1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} merkt sich die UID ${i?.uid} und holt diese Nachricht deshalb nicht noch einmal.`)
};

/**
* | output |
* | --- |
* | "{device} remembers UID {uid}, so it will not fetch this message again." |
*
* @param {Narration_Uidremembered1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_uidremembered1 = /** @type {((inputs: Narration_Uidremembered1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Uidremembered1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_uidremembered1(inputs)
	if (locale === "de") return de_narration_uidremembered1(inputs)
	return en_narration_uidremembered1(inputs)
});
export { narration_uidremembered1 as "narration_uidRemembered" }