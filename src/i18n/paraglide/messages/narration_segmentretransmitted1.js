/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ seconds: NonNullable<unknown>, segment: NonNullable<unknown>, dir: NonNullable<unknown> }} Narration_Segmentretransmitted1Inputs */

const en_narration_segmentretransmitted1 = /** @type {(inputs: Narration_Segmentretransmitted1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TCP's retransmission timer ran out after ${i?.seconds} s, so the lost segment ${i?.segment} (${i?.dir}) is sent again. It arrives late, but complete.`)
};

const es_narration_segmentretransmitted1 = /** @type {(inputs: Narration_Segmentretransmitted1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El temporizador de retransmisión de TCP venció a los ${i?.seconds} s, así que el segmento perdido ${i?.segment} (${i?.dir}) se envía de nuevo. Llega tarde, pero completo.`)
};

const de_narration_segmentretransmitted1 = /** @type {(inputs: Narration_Segmentretransmitted1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Der Neuübertragungs-Timer von TCP ist nach ${i?.seconds} s abgelaufen, also wird das verlorene Segment ${i?.segment} (${i?.dir}) erneut gesendet. Es kommt spät an, aber vollständig.`)
};

/**
* | output |
* | --- |
* | "TCP's retransmission timer ran out after {seconds} s, so the lost segment {segment} ({dir}) is sent again. It arrives late, but complete." |
*
* @param {Narration_Segmentretransmitted1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_segmentretransmitted1 = /** @type {((inputs: Narration_Segmentretransmitted1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Segmentretransmitted1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_segmentretransmitted1(inputs)
	if (locale === "de") return de_narration_segmentretransmitted1(inputs)
	return en_narration_segmentretransmitted1(inputs)
});
export { narration_segmentretransmitted1 as "narration_segmentRetransmitted" }