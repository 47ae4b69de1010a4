/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_F19nodotstuffingkeeptitle5Inputs */

const en_library_f19nodotstuffingkeeptitle5 = /** @type {(inputs: Library_F19nodotstuffingkeeptitle5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F19: a server that forgets to dot-stuff (leave on server)`)
};

const es_library_f19nodotstuffingkeeptitle5 = /** @type {(inputs: Library_F19nodotstuffingkeeptitle5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F19: un servidor que olvida el relleno de puntos (dejar en el servidor)`)
};

const de_library_f19nodotstuffingkeeptitle5 = /** @type {(inputs: Library_F19nodotstuffingkeeptitle5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F19: ein Server, der die Punkt-Verdopplung vergisst (auf dem Server lassen)`)
};

/**
* | output |
* | --- |
* | "F19: a server that forgets to dot-stuff (leave on server)" |
*
* @param {Library_F19nodotstuffingkeeptitle5Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_f19nodotstuffingkeeptitle5 = /** @type {((inputs?: Library_F19nodotstuffingkeeptitle5Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_F19nodotstuffingkeeptitle5Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_f19nodotstuffingkeeptitle5(inputs)
	if (locale === "de") return de_library_f19nodotstuffingkeeptitle5(inputs)
	return en_library_f19nodotstuffingkeeptitle5(inputs)
});
export { library_f19nodotstuffingkeeptitle5 as "library_f19NoDotStuffingKeepTitle" }