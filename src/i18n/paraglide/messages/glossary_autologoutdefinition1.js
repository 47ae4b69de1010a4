/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Autologoutdefinition1Inputs */

const en_glossary_autologoutdefinition1 = /** @type {(inputs: Glossary_Autologoutdefinition1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server's inactivity timer, at least 10 minutes: it ends an idle session without entering UPDATE, so nothing is removed, and frees the lock.`)
};

const es_glossary_autologoutdefinition1 = /** @type {(inputs: Glossary_Autologoutdefinition1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El temporizador de inactividad del servidor, de al menos 10 minutos: termina una sesión inactiva sin pasar por UPDATE, así que no se elimina nada, y libera el bloqueo.`)
};

const de_glossary_autologoutdefinition1 = /** @type {(inputs: Glossary_Autologoutdefinition1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Inaktivitäts-Timer des Servers, mindestens 10 Minuten: Er beendet eine untätige Sitzung, ohne UPDATE zu betreten, also wird nichts entfernt, und gibt die Sperre frei.`)
};

/**
* | output |
* | --- |
* | "The server's inactivity timer, at least 10 minutes: it ends an idle session without entering UPDATE, so nothing is removed, and frees the lock." |
*
* @param {Glossary_Autologoutdefinition1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_autologoutdefinition1 = /** @type {((inputs?: Glossary_Autologoutdefinition1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Autologoutdefinition1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_autologoutdefinition1(inputs)
	if (locale === "de") return de_glossary_autologoutdefinition1(inputs)
	return en_glossary_autologoutdefinition1(inputs)
});
export { glossary_autologoutdefinition1 as "glossary_autologoutDefinition" }