/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_F19nodotstuffingdeletetitle5Inputs */

const en_library_f19nodotstuffingdeletetitle5 = /** @type {(inputs: Library_F19nodotstuffingdeletetitle5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F19: a server that forgets to dot-stuff (delete on download)`)
};

const es_library_f19nodotstuffingdeletetitle5 = /** @type {(inputs: Library_F19nodotstuffingdeletetitle5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F19: un servidor que olvida el relleno de puntos (borrar al descargar)`)
};

const de_library_f19nodotstuffingdeletetitle5 = /** @type {(inputs: Library_F19nodotstuffingdeletetitle5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F19: ein Server, der die Punkt-Verdopplung vergisst (beim Abrufen löschen)`)
};

/**
* | output |
* | --- |
* | "F19: a server that forgets to dot-stuff (delete on download)" |
*
* @param {Library_F19nodotstuffingdeletetitle5Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_f19nodotstuffingdeletetitle5 = /** @type {((inputs?: Library_F19nodotstuffingdeletetitle5Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_F19nodotstuffingdeletetitle5Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_f19nodotstuffingdeletetitle5(inputs)
	if (locale === "de") return de_library_f19nodotstuffingdeletetitle5(inputs)
	return en_library_f19nodotstuffingdeletetitle5(inputs)
});
export { library_f19nodotstuffingdeletetitle5 as "library_f19NoDotStuffingDeleteTitle" }