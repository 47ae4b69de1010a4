/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Updatedefinition1Inputs */

const en_glossary_updatedefinition1 = /** @type {(inputs: Glossary_Updatedefinition1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The POP3 state the server enters only when QUIT arrives in TRANSACTION: it removes the marked messages, releases the lock and closes. A session that ends any other way never reaches UPDATE and removes nothing. (POP1 and POP2 have no UPDATE state.)`)
};

const es_glossary_updatedefinition1 = /** @type {(inputs: Glossary_Updatedefinition1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El estado de POP3 al que el servidor pasa solo cuando llega QUIT en TRANSACTION: elimina los mensajes marcados, libera el bloqueo y cierra. Una sesión que termina de cualquier otra forma nunca llega a UPDATE y no elimina nada. (POP1 y POP2 no tienen estado UPDATE.)`)
};

const de_glossary_updatedefinition1 = /** @type {(inputs: Glossary_Updatedefinition1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der POP3-Zustand, in den der Server nur wechselt, wenn QUIT in TRANSACTION ankommt: Er entfernt die markierten Nachrichten, gibt die Sperre frei und schließt. Eine Sitzung, die anders endet, erreicht UPDATE nie und entfernt nichts. (POP1 und POP2 haben keinen UPDATE-Zustand.)`)
};

/**
* | output |
* | --- |
* | "The POP3 state the server enters only when QUIT arrives in TRANSACTION: it removes the marked messages, releases the lock and closes. A session that ends any..." |
*
* @param {Glossary_Updatedefinition1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_updatedefinition1 = /** @type {((inputs?: Glossary_Updatedefinition1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Updatedefinition1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_updatedefinition1(inputs)
	if (locale === "de") return de_glossary_updatedefinition1(inputs)
	return en_glossary_updatedefinition1(inputs)
});
export { glossary_updatedefinition1 as "glossary_updateDefinition" }