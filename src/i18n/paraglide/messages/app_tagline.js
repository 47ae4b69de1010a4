/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} App_TaglineInputs */

const en_app_tagline = /** @type {(inputs: App_TaglineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Watch a mail client and a POP server talk, and see where mail gets duplicated or lost.`)
};

const es_app_tagline = /** @type {(inputs: App_TaglineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Observa cómo hablan un cliente de correo y un servidor POP, y descubre dónde se duplica o se pierde el correo.`)
};

const de_app_tagline = /** @type {(inputs: App_TaglineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sieh zu, wie ein Mailprogramm und ein POP-Server miteinander sprechen, und finde heraus, wo Mail doppelt ankommt oder verloren geht.`)
};

/**
* | output |
* | --- |
* | "Watch a mail client and a POP server talk, and see where mail gets duplicated or lost." |
*
* @param {App_TaglineInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const app_tagline = /** @type {((inputs?: App_TaglineInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<App_TaglineInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_app_tagline(inputs)
	if (locale === "de") return de_app_tagline(inputs)
	return en_app_tagline(inputs)
});