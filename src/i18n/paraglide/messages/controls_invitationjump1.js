/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Controls_Invitationjump1Inputs */

const en_controls_invitationjump1 = /** @type {(inputs: Controls_Invitationjump1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Go to just before QUIT`)
};

const es_controls_invitationjump1 = /** @type {(inputs: Controls_Invitationjump1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ir justo antes de QUIT`)
};

const de_controls_invitationjump1 = /** @type {(inputs: Controls_Invitationjump1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zum Schritt direkt vor QUIT`)
};

/**
* | output |
* | --- |
* | "Go to just before QUIT" |
*
* @param {Controls_Invitationjump1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const controls_invitationjump1 = /** @type {((inputs?: Controls_Invitationjump1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Controls_Invitationjump1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_controls_invitationjump1(inputs)
	if (locale === "de") return de_controls_invitationjump1(inputs)
	return en_controls_invitationjump1(inputs)
});
export { controls_invitationjump1 as "controls_invitationJump" }