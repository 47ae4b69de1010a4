/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Durabledefinition1Inputs */

const en_glossary_durabledefinition1 = /** @type {(inputs: Glossary_Durabledefinition1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Written to the device's disk so that it survives a crash or a power loss. A copy only in memory is volatile: a crash destroys it.`)
};

const es_glossary_durabledefinition1 = /** @type {(inputs: Glossary_Durabledefinition1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Escrito en el disco del dispositivo, de modo que sobrevive a un cuelgue o a un corte de corriente. Una copia que solo está en memoria es volátil: un cuelgue la destruye.`)
};

const de_glossary_durabledefinition1 = /** @type {(inputs: Glossary_Durabledefinition1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Auf die Festplatte des Geräts geschrieben, sodass es einen Absturz oder Stromausfall übersteht. Eine Kopie nur im Arbeitsspeicher ist flüchtig: Ein Absturz vernichtet sie.`)
};

/**
* | output |
* | --- |
* | "Written to the device's disk so that it survives a crash or a power loss. A copy only in memory is volatile: a crash destroys it." |
*
* @param {Glossary_Durabledefinition1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_durabledefinition1 = /** @type {((inputs?: Glossary_Durabledefinition1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Durabledefinition1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_durabledefinition1(inputs)
	if (locale === "de") return de_glossary_durabledefinition1(inputs)
	return en_glossary_durabledefinition1(inputs)
});
export { glossary_durabledefinition1 as "glossary_durableDefinition" }