/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ line: NonNullable<unknown> }} Ending_Replynotdue2Inputs */

const en_ending_replynotdue2 = /** @type {(inputs: Ending_Replynotdue2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`the server sent "${i?.line}" when no reply was due`)
};

const es_ending_replynotdue2 = /** @type {(inputs: Ending_Replynotdue2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`el servidor envió "${i?.line}" cuando no tocaba ninguna respuesta`)
};

const de_ending_replynotdue2 = /** @type {(inputs: Ending_Replynotdue2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`der Server hat "${i?.line}" gesendet, obwohl keine Antwort fällig war`)
};

/**
* | output |
* | --- |
* | "the server sent \"{line}\" when no reply was due" |
*
* @param {Ending_Replynotdue2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const ending_replynotdue2 = /** @type {((inputs: Ending_Replynotdue2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Ending_Replynotdue2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_ending_replynotdue2(inputs)
	if (locale === "de") return de_ending_replynotdue2(inputs)
	return en_ending_replynotdue2(inputs)
});
export { ending_replynotdue2 as "ending_replyNotDue" }