/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_F12inusesummary3Inputs */

const en_library_f12inusesummary3 = /** @type {(inputs: Library_F12inusesummary3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The laptop's session holds the exclusive maildrop lock (RFC 1939 §4). The phone logs in at the same moment and gets -ERR [IN-USE] (RFC 2449 §8.1.2). It tries again later and, since both leave mail on the server, gets everything.`)
};

const es_library_f12inusesummary3 = /** @type {(inputs: Library_F12inusesummary3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La sesión del portátil tiene el bloqueo exclusivo del buzón (RFC 1939 §4). El móvil inicia sesión en ese mismo momento y recibe -ERR [IN-USE] (RFC 2449 §8.1.2). Lo vuelve a intentar más tarde y, como los dos dejan el correo en el servidor, lo recibe todo.`)
};

const de_library_f12inusesummary3 = /** @type {(inputs: Library_F12inusesummary3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Sitzung des Laptops hält die exklusive Sperre des Postfachs (RFC 1939 §4). Das Handy meldet sich im selben Moment an und bekommt -ERR [IN-USE] (RFC 2449 §8.1.2). Es versucht es später noch einmal und bekommt, weil beide die Mail auf dem Server lassen, alles.`)
};

/**
* | output |
* | --- |
* | "The laptop's session holds the exclusive maildrop lock (RFC 1939 §4). The phone logs in at the same moment and gets -ERR [IN-USE] (RFC 2449 §8.1.2). It tries..." |
*
* @param {Library_F12inusesummary3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_f12inusesummary3 = /** @type {((inputs?: Library_F12inusesummary3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_F12inusesummary3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_f12inusesummary3(inputs)
	if (locale === "de") return de_library_f12inusesummary3(inputs)
	return en_library_f12inusesummary3(inputs)
});
export { library_f12inusesummary3 as "library_f12InUseSummary" }