/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ segment: NonNullable<unknown>, dir: NonNullable<unknown> }} Narration_Deliverfinal1Inputs */

const en_narration_deliverfinal1 = /** @type {(inputs: Narration_Deliverfinal1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The last octets of segment ${i?.segment} arrive (${i?.dir}); the receiver reads them.`)
};

const es_narration_deliverfinal1 = /** @type {(inputs: Narration_Deliverfinal1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Llegan los últimos octetos del segmento ${i?.segment} (${i?.dir}); el receptor los lee.`)
};

const de_narration_deliverfinal1 = /** @type {(inputs: Narration_Deliverfinal1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Die letzten Oktette von Segment ${i?.segment} kommen an (${i?.dir}); der Empfänger liest sie.`)
};

/**
* | output |
* | --- |
* | "The last octets of segment {segment} arrive ({dir}); the receiver reads them." |
*
* @param {Narration_Deliverfinal1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_deliverfinal1 = /** @type {((inputs: Narration_Deliverfinal1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Deliverfinal1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_deliverfinal1(inputs)
	if (locale === "de") return de_narration_deliverfinal1(inputs)
	return en_narration_deliverfinal1(inputs)
});
export { narration_deliverfinal1 as "narration_deliverFinal" }