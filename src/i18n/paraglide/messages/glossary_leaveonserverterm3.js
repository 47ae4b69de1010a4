/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Leaveonserverterm3Inputs */

const en_glossary_leaveonserverterm3 = /** @type {(inputs: Glossary_Leaveonserverterm3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`leave on server`)
};

const es_glossary_leaveonserverterm3 = /** @type {(inputs: Glossary_Leaveonserverterm3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`dejar en el servidor`)
};

const de_glossary_leaveonserverterm3 = /** @type {(inputs: Glossary_Leaveonserverterm3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`auf dem Server lassen`)
};

/**
* | output |
* | --- |
* | "leave on server" |
*
* @param {Glossary_Leaveonserverterm3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_leaveonserverterm3 = /** @type {((inputs?: Glossary_Leaveonserverterm3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Leaveonserverterm3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_leaveonserverterm3(inputs)
	if (locale === "de") return de_glossary_leaveonserverterm3(inputs)
	return en_glossary_leaveonserverterm3(inputs)
});
export { glossary_leaveonserverterm3 as "glossary_leaveOnServerTerm" }