/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_F3dropbeforequitkeeptitle5Inputs */

const en_library_f3dropbeforequitkeeptitle5 = /** @type {(inputs: Library_F3dropbeforequitkeeptitle5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F3: the connection is reset before QUIT (leave on server)`)
};

const es_library_f3dropbeforequitkeeptitle5 = /** @type {(inputs: Library_F3dropbeforequitkeeptitle5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F3: la conexión se reinicia antes de QUIT (dejar en el servidor)`)
};

const de_library_f3dropbeforequitkeeptitle5 = /** @type {(inputs: Library_F3dropbeforequitkeeptitle5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F3: Die Verbindung wird vor QUIT zurückgesetzt (auf dem Server lassen)`)
};

/**
* | output |
* | --- |
* | "F3: the connection is reset before QUIT (leave on server)" |
*
* @param {Library_F3dropbeforequitkeeptitle5Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_f3dropbeforequitkeeptitle5 = /** @type {((inputs?: Library_F3dropbeforequitkeeptitle5Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_F3dropbeforequitkeeptitle5Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_f3dropbeforequitkeeptitle5(inputs)
	if (locale === "de") return de_library_f3dropbeforequitkeeptitle5(inputs)
	return en_library_f3dropbeforequitkeeptitle5(inputs)
});
export { library_f3dropbeforequitkeeptitle5 as "library_f3DropBeforeQuitKeepTitle" }