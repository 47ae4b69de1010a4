/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_Pop2dropbeforeackdtitle4Inputs */

const en_library_pop2dropbeforeackdtitle4 = /** @type {(inputs: Library_Pop2dropbeforeackdtitle4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP2 F2: the connection is reset after the data, before ACKD`)
};

const es_library_pop2dropbeforeackdtitle4 = /** @type {(inputs: Library_Pop2dropbeforeackdtitle4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP2 F2: la conexión se reinicia tras los datos, antes de ACKD`)
};

const de_library_pop2dropbeforeackdtitle4 = /** @type {(inputs: Library_Pop2dropbeforeackdtitle4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP2 F2: Die Verbindung wird nach den Daten zurückgesetzt, vor ACKD`)
};

/**
* | output |
* | --- |
* | "POP2 F2: the connection is reset after the data, before ACKD" |
*
* @param {Library_Pop2dropbeforeackdtitle4Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_pop2dropbeforeackdtitle4 = /** @type {((inputs?: Library_Pop2dropbeforeackdtitle4Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_Pop2dropbeforeackdtitle4Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_pop2dropbeforeackdtitle4(inputs)
	if (locale === "de") return de_library_pop2dropbeforeackdtitle4(inputs)
	return en_library_pop2dropbeforeackdtitle4(inputs)
});
export { library_pop2dropbeforeackdtitle4 as "library_pop2DropBeforeAckdTitle" }