/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Dotstuffingdefinition2Inputs */

const en_glossary_dotstuffingdefinition2 = /** @type {(inputs: Glossary_Dotstuffingdefinition2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A multi-line reply ends with a line holding a single dot, so a message line that starts with a dot is sent with an extra dot in front, which the client removes.`)
};

const es_glossary_dotstuffingdefinition2 = /** @type {(inputs: Glossary_Dotstuffingdefinition2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Una respuesta de varias líneas termina con una línea que solo tiene un punto; por eso, una línea del mensaje que empieza por punto se envía con otro punto delante, que el cliente quita.`)
};

const de_glossary_dotstuffingdefinition2 = /** @type {(inputs: Glossary_Dotstuffingdefinition2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Eine mehrzeilige Antwort endet mit einer Zeile, die nur einen Punkt enthält; deshalb wird eine Nachrichtenzeile, die mit einem Punkt beginnt, mit einem zusätzlichen Punkt davor gesendet, den der Client wieder entfernt.`)
};

/**
* | output |
* | --- |
* | "A multi-line reply ends with a line holding a single dot, so a message line that starts with a dot is sent with an extra dot in front, which the client removes." |
*
* @param {Glossary_Dotstuffingdefinition2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_dotstuffingdefinition2 = /** @type {((inputs?: Glossary_Dotstuffingdefinition2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Dotstuffingdefinition2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_dotstuffingdefinition2(inputs)
	if (locale === "de") return de_glossary_dotstuffingdefinition2(inputs)
	return en_glossary_dotstuffingdefinition2(inputs)
});
export { glossary_dotstuffingdefinition2 as "glossary_dotStuffingDefinition" }