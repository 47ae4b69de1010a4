/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ device: NonNullable<unknown> }} Narration_Faultlosesegment2Inputs */

const en_narration_faultlosesegment2 = /** @type {(inputs: Narration_Faultlosesegment2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Fault: a segment on ${i?.device}'s connection is lost on the wire. TCP sends it again after its retransmission timeout: the data arrives late, but complete.`)
};

const es_narration_faultlosesegment2 = /** @type {(inputs: Narration_Faultlosesegment2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Fallo: un segmento de la conexión de ${i?.device} se pierde en la línea. TCP lo vuelve a enviar tras su tiempo de retransmisión: los datos llegan tarde, pero completos.`)
};

const de_narration_faultlosesegment2 = /** @type {(inputs: Narration_Faultlosesegment2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Störung: Ein Segment der Verbindung von ${i?.device} geht auf der Leitung verloren. TCP sendet es nach seinem Neuübertragungs-Timeout erneut: Die Daten kommen spät an, aber vollständig.`)
};

/**
* | output |
* | --- |
* | "Fault: a segment on {device}'s connection is lost on the wire. TCP sends it again after its retransmission timeout: the data arrives late, but complete." |
*
* @param {Narration_Faultlosesegment2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_faultlosesegment2 = /** @type {((inputs: Narration_Faultlosesegment2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Faultlosesegment2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_faultlosesegment2(inputs)
	if (locale === "de") return de_narration_faultlosesegment2(inputs)
	return en_narration_faultlosesegment2(inputs)
});
export { narration_faultlosesegment2 as "narration_faultLoseSegment" }