/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Narration_Serverautologoutexpunged2Inputs */

const en_narration_serverautologoutexpunged2 = /** @type {(inputs: Narration_Serverautologoutexpunged2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Autologout: the server closes the idle session without entering UPDATE. This non-conformant server had already removed messages at DELE, and they stay removed.`)
};

const es_narration_serverautologoutexpunged2 = /** @type {(inputs: Narration_Serverautologoutexpunged2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cierre automático: el servidor cierra la sesión inactiva sin pasar por UPDATE. Este servidor no conforme ya había eliminado mensajes en DELE, y siguen eliminados.`)
};

const de_narration_serverautologoutexpunged2 = /** @type {(inputs: Narration_Serverautologoutexpunged2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Auto-Logout: Der Server schließt die untätige Sitzung, ohne UPDATE zu betreten. Dieser nicht konforme Server hatte schon bei DELE Nachrichten entfernt, und die bleiben entfernt.`)
};

/**
* | output |
* | --- |
* | "Autologout: the server closes the idle session without entering UPDATE. This non-conformant server had already removed messages at DELE, and they stay removed." |
*
* @param {Narration_Serverautologoutexpunged2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_serverautologoutexpunged2 = /** @type {((inputs?: Narration_Serverautologoutexpunged2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Serverautologoutexpunged2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_serverautologoutexpunged2(inputs)
	if (locale === "de") return de_narration_serverautologoutexpunged2(inputs)
	return en_narration_serverautologoutexpunged2(inputs)
});
export { narration_serverautologoutexpunged2 as "narration_serverAutologoutExpunged" }