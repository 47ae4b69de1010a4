/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Ending_Lostbeforequitreply3Inputs */

const en_ending_lostbeforequitreply3 = /** @type {(inputs: Ending_Lostbeforequitreply3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`connection lost before the reply to QUIT`)
};

const es_ending_lostbeforequitreply3 = /** @type {(inputs: Ending_Lostbeforequitreply3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`conexión perdida antes de la respuesta a QUIT`)
};

const de_ending_lostbeforequitreply3 = /** @type {(inputs: Ending_Lostbeforequitreply3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Verbindung verloren, bevor die Antwort auf QUIT kam`)
};

/**
* | output |
* | --- |
* | "connection lost before the reply to QUIT" |
*
* @param {Ending_Lostbeforequitreply3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const ending_lostbeforequitreply3 = /** @type {((inputs?: Ending_Lostbeforequitreply3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Ending_Lostbeforequitreply3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_ending_lostbeforequitreply3(inputs)
	if (locale === "de") return de_ending_lostbeforequitreply3(inputs)
	return en_ending_lostbeforequitreply3(inputs)
});
export { ending_lostbeforequitreply3 as "ending_lostBeforeQuitReply" }