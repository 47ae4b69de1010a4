/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ from: NonNullable<unknown>, to: NonNullable<unknown>, segment: NonNullable<unknown>, dir: NonNullable<unknown> }} Narration_Deliverpartial1Inputs */

const en_narration_deliverpartial1 = /** @type {(inputs: Narration_Deliverpartial1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Octets ${i?.from}–${i?.to} of segment ${i?.segment} arrive (${i?.dir}).`)
};

const es_narration_deliverpartial1 = /** @type {(inputs: Narration_Deliverpartial1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Llegan los octetos ${i?.from}–${i?.to} del segmento ${i?.segment} (${i?.dir}).`)
};

const de_narration_deliverpartial1 = /** @type {(inputs: Narration_Deliverpartial1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Die Oktette ${i?.from}–${i?.to} von Segment ${i?.segment} kommen an (${i?.dir}).`)
};

/**
* | output |
* | --- |
* | "Octets {from}–{to} of segment {segment} arrive ({dir})." |
*
* @param {Narration_Deliverpartial1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_deliverpartial1 = /** @type {((inputs: Narration_Deliverpartial1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Deliverpartial1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_deliverpartial1(inputs)
	if (locale === "de") return de_narration_deliverpartial1(inputs)
	return en_narration_deliverpartial1(inputs)
});
export { narration_deliverpartial1 as "narration_deliverPartial" }