/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Duplicatedefinition1Inputs */

const en_glossary_duplicatedefinition1 = /** @type {(inputs: Glossary_Duplicatedefinition1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A device holds two or more complete copies of one message, because it downloaded it again. Annoying, but nothing is gone.`)
};

const es_glossary_duplicatedefinition1 = /** @type {(inputs: Glossary_Duplicatedefinition1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Un dispositivo tiene dos o más copias completas de un mensaje porque lo volvió a descargar. Molesto, pero no falta nada.`)
};

const de_glossary_duplicatedefinition1 = /** @type {(inputs: Glossary_Duplicatedefinition1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ein Gerät hat zwei oder mehr vollständige Kopien einer Nachricht, weil es sie noch einmal heruntergeladen hat. Lästig, aber es fehlt nichts.`)
};

/**
* | output |
* | --- |
* | "A device holds two or more complete copies of one message, because it downloaded it again. Annoying, but nothing is gone." |
*
* @param {Glossary_Duplicatedefinition1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_duplicatedefinition1 = /** @type {((inputs?: Glossary_Duplicatedefinition1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Duplicatedefinition1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_duplicatedefinition1(inputs)
	if (locale === "de") return de_glossary_duplicatedefinition1(inputs)
	return en_glossary_duplicatedefinition1(inputs)
});
export { glossary_duplicatedefinition1 as "glossary_duplicateDefinition" }