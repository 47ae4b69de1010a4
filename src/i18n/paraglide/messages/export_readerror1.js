/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Export_Readerror1Inputs */

const en_export_readerror1 = /** @type {(inputs: Export_Readerror1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The file could not be read.`)
};

const es_export_readerror1 = /** @type {(inputs: Export_Readerror1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No se pudo leer el archivo.`)
};

const de_export_readerror1 = /** @type {(inputs: Export_Readerror1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Datei ließ sich nicht lesen.`)
};

/**
* | output |
* | --- |
* | "The file could not be read." |
*
* @param {Export_Readerror1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const export_readerror1 = /** @type {((inputs?: Export_Readerror1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_Readerror1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_export_readerror1(inputs)
	if (locale === "de") return de_export_readerror1(inputs)
	return en_export_readerror1(inputs)
});
export { export_readerror1 as "export_readError" }