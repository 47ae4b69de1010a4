/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ device: NonNullable<unknown> }} Narration_Lockrefused1Inputs */

const en_narration_lockrefused1 = /** @type {(inputs: Narration_Lockrefused1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The maildrop is locked by another session, so ${i?.device} is refused.`)
};

const es_narration_lockrefused1 = /** @type {(inputs: Narration_Lockrefused1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El buzón está bloqueado por otra sesión, así que ${i?.device} es rechazado.`)
};

const de_narration_lockrefused1 = /** @type {(inputs: Narration_Lockrefused1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Das Postfach ist von einer anderen Sitzung gesperrt, deshalb wird ${i?.device} abgewiesen.`)
};

/**
* | output |
* | --- |
* | "The maildrop is locked by another session, so {device} is refused." |
*
* @param {Narration_Lockrefused1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_lockrefused1 = /** @type {((inputs: Narration_Lockrefused1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Lockrefused1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_lockrefused1(inputs)
	if (locale === "de") return de_narration_lockrefused1(inputs)
	return en_narration_lockrefused1(inputs)
});
export { narration_lockrefused1 as "narration_lockRefused" }