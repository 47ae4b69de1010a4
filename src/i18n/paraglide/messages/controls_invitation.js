/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Controls_InvitationInputs */

const en_controls_invitation = /** @type {(inputs: Controls_InvitationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Try: Drop connection before QUIT, and watch the Outcome.`)
};

const es_controls_invitation = /** @type {(inputs: Controls_InvitationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Prueba: corta la conexión antes de QUIT y mira el Resultado.`)
};

const de_controls_invitation = /** @type {(inputs: Controls_InvitationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Probier’s aus: Trenne die Verbindung vor QUIT und beobachte das Ergebnis.`)
};

/**
* | output |
* | --- |
* | "Try: Drop connection before QUIT, and watch the Outcome." |
*
* @param {Controls_InvitationInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const controls_invitation = /** @type {((inputs?: Controls_InvitationInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Controls_InvitationInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_controls_invitation(inputs)
	if (locale === "de") return de_controls_invitation(inputs)
	return en_controls_invitation(inputs)
});