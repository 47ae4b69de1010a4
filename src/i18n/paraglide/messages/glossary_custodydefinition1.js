/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Custodydefinition1Inputs */

const en_glossary_custodydefinition1 = /** @type {(inputs: Glossary_Custodydefinition1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP Lab's account of every message at the end of a run: delivered once, duplicated, lost (no complete copy anywhere) or gap, with the step where the last copy vanished.`)
};

const es_glossary_custodydefinition1 = /** @type {(inputs: Glossary_Custodydefinition1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La cuenta que lleva POP Lab de cada mensaje al final de una ejecución: entregado una vez, duplicado, perdido (no queda ninguna copia completa) o hueco, con el paso en que desapareció la última copia.`)
};

const de_glossary_custodydefinition1 = /** @type {(inputs: Glossary_Custodydefinition1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Bilanz, die POP Lab am Ende eines Durchlaufs über jede Nachricht zieht: einmal zugestellt, doppelt, verloren (nirgends eine vollständige Kopie) oder Lücke, mit dem Schritt, in dem die letzte Kopie verschwand.`)
};

/**
* | output |
* | --- |
* | "POP Lab's account of every message at the end of a run: delivered once, duplicated, lost (no complete copy anywhere) or gap, with the step where the last cop..." |
*
* @param {Glossary_Custodydefinition1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_custodydefinition1 = /** @type {((inputs?: Glossary_Custodydefinition1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Custodydefinition1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_custodydefinition1(inputs)
	if (locale === "de") return de_glossary_custodydefinition1(inputs)
	return en_glossary_custodydefinition1(inputs)
});
export { glossary_custodydefinition1 as "glossary_custodyDefinition" }