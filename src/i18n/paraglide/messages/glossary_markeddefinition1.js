/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Markeddefinition1Inputs */

const en_glossary_markeddefinition1 = /** @type {(inputs: Glossary_Markeddefinition1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What DELE (POP3) and ACKD (POP2) do: the message stays on the server, flagged to be removed when the session commits. RSET clears the marks; so does any end of session without QUIT.`)
};

const es_glossary_markeddefinition1 = /** @type {(inputs: Glossary_Markeddefinition1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lo que hacen DELE (POP3) y ACKD (POP2): el mensaje sigue en el servidor, señalado para eliminarse cuando la sesión se confirme. RSET quita las marcas, y también cualquier final de sesión sin QUIT.`)
};

const de_glossary_markeddefinition1 = /** @type {(inputs: Glossary_Markeddefinition1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Was DELE (POP3) und ACKD (POP2) tun: Die Nachricht bleibt auf dem Server, mit einem Vermerk, sie beim Abschluss der Sitzung zu entfernen. RSET hebt die Markierungen auf, ebenso jedes Sitzungsende ohne QUIT.`)
};

/**
* | output |
* | --- |
* | "What DELE (POP3) and ACKD (POP2) do: the message stays on the server, flagged to be removed when the session commits. RSET clears the marks; so does any end ..." |
*
* @param {Glossary_Markeddefinition1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_markeddefinition1 = /** @type {((inputs?: Glossary_Markeddefinition1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Markeddefinition1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_markeddefinition1(inputs)
	if (locale === "de") return de_glossary_markeddefinition1(inputs)
	return en_glossary_markeddefinition1(inputs)
});
export { glossary_markeddefinition1 as "glossary_markedDefinition" }