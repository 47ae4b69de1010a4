/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ device: NonNullable<unknown> }} Narration_Copypartialkept2Inputs */

const en_narration_copypartialkept2 = /** @type {(inputs: Narration_Copypartialkept2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} keeps the incomplete data as if it were the message: a corrupt copy.`)
};

const es_narration_copypartialkept2 = /** @type {(inputs: Narration_Copypartialkept2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} se queda con los datos incompletos como si fueran el mensaje: una copia corrupta.`)
};

const de_narration_copypartialkept2 = /** @type {(inputs: Narration_Copypartialkept2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} behält die unvollständigen Daten, als wären sie die Nachricht: eine beschädigte Kopie.`)
};

/**
* | output |
* | --- |
* | "{device} keeps the incomplete data as if it were the message: a corrupt copy." |
*
* @param {Narration_Copypartialkept2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_copypartialkept2 = /** @type {((inputs: Narration_Copypartialkept2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Copypartialkept2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_copypartialkept2(inputs)
	if (locale === "de") return de_narration_copypartialkept2(inputs)
	return en_narration_copypartialkept2(inputs)
});
export { narration_copypartialkept2 as "narration_copyPartialKept" }