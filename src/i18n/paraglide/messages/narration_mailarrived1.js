/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ uid: NonNullable<unknown> }} Narration_Mailarrived1Inputs */

const en_narration_mailarrived1 = /** @type {(inputs: Narration_Mailarrived1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`New mail arrives in the maildrop (UID ${i?.uid}). A session already logged in does not see it; the next session will.`)
};

const es_narration_mailarrived1 = /** @type {(inputs: Narration_Mailarrived1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Llega correo nuevo al buzón (UID ${i?.uid}). Una sesión que ya ha iniciado sesión no lo ve; la siguiente sí.`)
};

const de_narration_mailarrived1 = /** @type {(inputs: Narration_Mailarrived1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Neue Mail kommt im Postfach an (UID ${i?.uid}). Eine schon angemeldete Sitzung sieht sie nicht; die nächste Sitzung schon.`)
};

/**
* | output |
* | --- |
* | "New mail arrives in the maildrop (UID {uid}). A session already logged in does not see it; the next session will." |
*
* @param {Narration_Mailarrived1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_mailarrived1 = /** @type {((inputs: Narration_Mailarrived1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Mailarrived1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_mailarrived1(inputs)
	if (locale === "de") return de_narration_mailarrived1(inputs)
	return en_narration_mailarrived1(inputs)
});
export { narration_mailarrived1 as "narration_mailArrived" }