/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ after: NonNullable<unknown> }} Ending_Lostbeforequitreplyafter4Inputs */

const en_ending_lostbeforequitreplyafter4 = /** @type {(inputs: Ending_Lostbeforequitreplyafter4Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.after}; then the connection was lost before the reply to QUIT`)
};

const es_ending_lostbeforequitreplyafter4 = /** @type {(inputs: Ending_Lostbeforequitreplyafter4Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.after}; después se perdió la conexión antes de la respuesta a QUIT`)
};

const de_ending_lostbeforequitreplyafter4 = /** @type {(inputs: Ending_Lostbeforequitreplyafter4Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.after}; danach ging die Verbindung verloren, bevor die Antwort auf QUIT kam`)
};

/**
* | output |
* | --- |
* | "{after}; then the connection was lost before the reply to QUIT" |
*
* @param {Ending_Lostbeforequitreplyafter4Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const ending_lostbeforequitreplyafter4 = /** @type {((inputs: Ending_Lostbeforequitreplyafter4Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Ending_Lostbeforequitreplyafter4Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_ending_lostbeforequitreplyafter4(inputs)
	if (locale === "de") return de_ending_lostbeforequitreplyafter4(inputs)
	return en_ending_lostbeforequitreplyafter4(inputs)
});
export { ending_lostbeforequitreplyafter4 as "ending_lostBeforeQuitReplyAfter" }