/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_F15nouidlserverkeeptitle5Inputs */

const en_library_f15nouidlserverkeeptitle5 = /** @type {(inputs: Library_F15nouidlserverkeeptitle5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F15: leave on server, but the server has no UIDL`)
};

const es_library_f15nouidlserverkeeptitle5 = /** @type {(inputs: Library_F15nouidlserverkeeptitle5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F15: dejar en el servidor, pero el servidor no tiene UIDL`)
};

const de_library_f15nouidlserverkeeptitle5 = /** @type {(inputs: Library_F15nouidlserverkeeptitle5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F15: auf dem Server lassen, aber der Server kennt kein UIDL`)
};

/**
* | output |
* | --- |
* | "F15: leave on server, but the server has no UIDL" |
*
* @param {Library_F15nouidlserverkeeptitle5Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_f15nouidlserverkeeptitle5 = /** @type {((inputs?: Library_F15nouidlserverkeeptitle5Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_F15nouidlserverkeeptitle5Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_f15nouidlserverkeeptitle5(inputs)
	if (locale === "de") return de_library_f15nouidlserverkeeptitle5(inputs)
	return en_library_f15nouidlserverkeeptitle5(inputs)
});
export { library_f15nouidlserverkeeptitle5 as "library_f15NoUidlServerKeepTitle" }