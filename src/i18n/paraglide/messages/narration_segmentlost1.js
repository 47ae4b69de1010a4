/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ undeliveredOctets: NonNullable<unknown>, segment: NonNullable<unknown>, dir: NonNullable<unknown> }} Narration_Segmentlost1Inputs */

const en_narration_segmentlost1 = /** @type {(inputs: Narration_Segmentlost1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The connection is gone: ${i?.undeliveredOctets} octets of segment ${i?.segment} (${i?.dir}) never arrive.`)
};

const es_narration_segmentlost1 = /** @type {(inputs: Narration_Segmentlost1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`La conexión ya no existe: ${i?.undeliveredOctets} octetos del segmento ${i?.segment} (${i?.dir}) no llegan nunca.`)
};

const de_narration_segmentlost1 = /** @type {(inputs: Narration_Segmentlost1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Die Verbindung ist weg: ${i?.undeliveredOctets} Oktette von Segment ${i?.segment} (${i?.dir}) kommen nie an.`)
};

/**
* | output |
* | --- |
* | "The connection is gone: {undeliveredOctets} octets of segment {segment} ({dir}) never arrive." |
*
* @param {Narration_Segmentlost1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_segmentlost1 = /** @type {((inputs: Narration_Segmentlost1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Segmentlost1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_segmentlost1(inputs)
	if (locale === "de") return de_narration_segmentlost1(inputs)
	return en_narration_segmentlost1(inputs)
});
export { narration_segmentlost1 as "narration_segmentLost" }