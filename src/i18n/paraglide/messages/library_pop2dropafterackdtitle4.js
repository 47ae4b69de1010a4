/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_Pop2dropafterackdtitle4Inputs */

const en_library_pop2dropafterackdtitle4 = /** @type {(inputs: Library_Pop2dropafterackdtitle4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP2 F3: the connection is reset after every ACKD, before QUIT (commit nothing)`)
};

const es_library_pop2dropafterackdtitle4 = /** @type {(inputs: Library_Pop2dropafterackdtitle4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP2 F3: la conexión se reinicia tras todos los ACKD, antes de QUIT (sin confirmar nada)`)
};

const de_library_pop2dropafterackdtitle4 = /** @type {(inputs: Library_Pop2dropafterackdtitle4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP2 F3: Die Verbindung wird nach jedem ACKD zurückgesetzt, vor QUIT (nichts festschreiben)`)
};

/**
* | output |
* | --- |
* | "POP2 F3: the connection is reset after every ACKD, before QUIT (commit nothing)" |
*
* @param {Library_Pop2dropafterackdtitle4Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_pop2dropafterackdtitle4 = /** @type {((inputs?: Library_Pop2dropafterackdtitle4Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_Pop2dropafterackdtitle4Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_pop2dropafterackdtitle4(inputs)
	if (locale === "de") return de_library_pop2dropafterackdtitle4(inputs)
	return en_library_pop2dropafterackdtitle4(inputs)
});
export { library_pop2dropafterackdtitle4 as "library_pop2DropAfterAckdTitle" }