/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Maildropdefinition1Inputs */

const en_glossary_maildropdefinition1 = /** @type {(inputs: Glossary_Maildropdefinition1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The mail waiting for one user on the server. POP reads it and may delete from it; the mail got there by SMTP, not by POP.`)
};

const es_glossary_maildropdefinition1 = /** @type {(inputs: Glossary_Maildropdefinition1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El correo que espera a un usuario en el servidor. POP lo lee y puede borrar de él; el correo llegó allí por SMTP, no por POP.`)
};

const de_glossary_maildropdefinition1 = /** @type {(inputs: Glossary_Maildropdefinition1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Mail, die auf dem Server auf einen Benutzer wartet. POP liest sie und darf daraus löschen; hineingekommen ist sie per SMTP, nicht per POP.`)
};

/**
* | output |
* | --- |
* | "The mail waiting for one user on the server. POP reads it and may delete from it; the mail got there by SMTP, not by POP." |
*
* @param {Glossary_Maildropdefinition1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_maildropdefinition1 = /** @type {((inputs?: Glossary_Maildropdefinition1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Maildropdefinition1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_maildropdefinition1(inputs)
	if (locale === "de") return de_glossary_maildropdefinition1(inputs)
	return en_glossary_maildropdefinition1(inputs)
});
export { glossary_maildropdefinition1 as "glossary_maildropDefinition" }