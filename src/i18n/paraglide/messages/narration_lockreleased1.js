/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ device: NonNullable<unknown> }} Narration_Lockreleased1Inputs */

const en_narration_lockreleased1 = /** @type {(inputs: Narration_Lockreleased1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The server releases the maildrop lock held by ${i?.device}.`)
};

const es_narration_lockreleased1 = /** @type {(inputs: Narration_Lockreleased1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El servidor libera el bloqueo del buzón que tenía ${i?.device}.`)
};

const de_narration_lockreleased1 = /** @type {(inputs: Narration_Lockreleased1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Der Server gibt die Sperre des Postfachs frei, die ${i?.device} hielt.`)
};

/**
* | output |
* | --- |
* | "The server releases the maildrop lock held by {device}." |
*
* @param {Narration_Lockreleased1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_lockreleased1 = /** @type {((inputs: Narration_Lockreleased1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Lockreleased1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_lockreleased1(inputs)
	if (locale === "de") return de_narration_lockreleased1(inputs)
	return en_narration_lockreleased1(inputs)
});
export { narration_lockreleased1 as "narration_lockReleased" }