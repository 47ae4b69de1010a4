/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Commitorderdefinition2Inputs */

const en_glossary_commitorderdefinition2 = /** @type {(inputs: Glossary_Commitorderdefinition2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Whether a client makes its copy durable before it confirms (safe: save, then DELE) or confirms first (unsafe, or pipelined RETR with DELE). In leave-on-server mode "confirming" is remembering the UID.`)
};

const es_glossary_commitorderdefinition2 = /** @type {(inputs: Glossary_Commitorderdefinition2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Si un cliente guarda su copia en disco antes de confirmar (seguro: guardar y luego DELE) o confirma primero (inseguro, o RETR y DELE encadenados). En el modo dejar en el servidor, «confirmar» es recordar el UID.`)
};

const de_glossary_commitorderdefinition2 = /** @type {(inputs: Glossary_Commitorderdefinition2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ob ein Client seine Kopie dauerhaft speichert, bevor er bestätigt (sicher: speichern, dann DELE), oder zuerst bestätigt (unsicher, oder RETR und DELE in einem Zug). Beim Lassen auf dem Server heißt „bestätigen“: sich die UID merken.`)
};

/**
* | output |
* | --- |
* | "Whether a client makes its copy durable before it confirms (safe: save, then DELE) or confirms first (unsafe, or pipelined RETR with DELE). In leave-on-serve..." |
*
* @param {Glossary_Commitorderdefinition2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_commitorderdefinition2 = /** @type {((inputs?: Glossary_Commitorderdefinition2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Commitorderdefinition2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_commitorderdefinition2(inputs)
	if (locale === "de") return de_glossary_commitorderdefinition2(inputs)
	return en_glossary_commitorderdefinition2(inputs)
});
export { glossary_commitorderdefinition2 as "glossary_commitOrderDefinition" }