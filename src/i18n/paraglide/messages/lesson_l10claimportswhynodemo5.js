/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10claimportswhynodemo5Inputs */

const en_lesson_l10claimportswhynodemo5 = /** @type {(inputs: Lesson_L10claimportswhynodemo5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The simulator models the POP conversation, not TCP ports, so this row can only be checked against the RFCs.`)
};

const es_lesson_l10claimportswhynodemo5 = /** @type {(inputs: Lesson_L10claimportswhynodemo5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El simulador modela la conversación POP, no los puertos TCP, así que esta fila solo se puede comprobar con las RFC.`)
};

const de_lesson_l10claimportswhynodemo5 = /** @type {(inputs: Lesson_L10claimportswhynodemo5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Simulator bildet das POP-Gespräch nach, nicht die TCP-Ports, also lässt sich diese Zeile nur an den RFCs prüfen.`)
};

/**
* | output |
* | --- |
* | "The simulator models the POP conversation, not TCP ports, so this row can only be checked against the RFCs." |
*
* @param {Lesson_L10claimportswhynodemo5Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10claimportswhynodemo5 = /** @type {((inputs?: Lesson_L10claimportswhynodemo5Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10claimportswhynodemo5Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10claimportswhynodemo5(inputs)
	if (locale === "de") return de_lesson_l10claimportswhynodemo5(inputs)
	return en_lesson_l10claimportswhynodemo5(inputs)
});
export { lesson_l10claimportswhynodemo5 as "lesson_l10ClaimPortsWhyNoDemo" }