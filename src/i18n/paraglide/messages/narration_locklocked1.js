/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ device: NonNullable<unknown> }} Narration_Locklocked1Inputs */

const en_narration_locklocked1 = /** @type {(inputs: Narration_Locklocked1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The server locks the maildrop for ${i?.device}: no other session may change it.`)
};

const es_narration_locklocked1 = /** @type {(inputs: Narration_Locklocked1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El servidor bloquea el buzón para ${i?.device}: ninguna otra sesión puede cambiarlo.`)
};

const de_narration_locklocked1 = /** @type {(inputs: Narration_Locklocked1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Der Server sperrt das Postfach für ${i?.device}: Keine andere Sitzung darf es ändern.`)
};

/**
* | output |
* | --- |
* | "The server locks the maildrop for {device}: no other session may change it." |
*
* @param {Narration_Locklocked1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_locklocked1 = /** @type {((inputs: Narration_Locklocked1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Locklocked1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_locklocked1(inputs)
	if (locale === "de") return de_narration_locklocked1(inputs)
	return en_narration_locklocked1(inputs)
});
export { narration_locklocked1 as "narration_lockLocked" }