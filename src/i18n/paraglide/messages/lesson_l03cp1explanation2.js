/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L03cp1explanation2Inputs */

const en_lesson_l03cp1explanation2 = /** @type {(inputs: Lesson_L03cp1explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server enters UPDATE only when QUIT arrives in TRANSACTION. If the session ends any other way (a reset, a silent connection closed by autologout, a crash), it MUST NOT remove any message: the marks are simply dropped.`)
};

const es_lesson_l03cp1explanation2 = /** @type {(inputs: Lesson_L03cp1explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El servidor pasa a UPDATE solo cuando llega QUIT en TRANSACTION. Si la sesión termina de cualquier otra forma (una conexión reiniciada, una conexión enmudecida que el servidor cierra por cierre automático, un cuelgue), NO DEBE eliminar ningún mensaje: las marcas simplemente se descartan.`)
};

const de_lesson_l03cp1explanation2 = /** @type {(inputs: Lesson_L03cp1explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server betritt UPDATE nur, wenn QUIT in TRANSACTION ankommt. Endet die Sitzung auf andere Weise (eine zurückgesetzte Verbindung, eine verstummte Verbindung, die der Auto-Logout schließt, ein Absturz), DARF er KEINE Nachricht entfernen: Die Markierungen verfallen einfach.`)
};

/**
* | output |
* | --- |
* | "The server enters UPDATE only when QUIT arrives in TRANSACTION. If the session ends any other way (a reset, a silent connection closed by autologout, a crash..." |
*
* @param {Lesson_L03cp1explanation2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l03cp1explanation2 = /** @type {((inputs?: Lesson_L03cp1explanation2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L03cp1explanation2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l03cp1explanation2(inputs)
	if (locale === "de") return de_lesson_l03cp1explanation2(inputs)
	return en_lesson_l03cp1explanation2(inputs)
});
export { lesson_l03cp1explanation2 as "lesson_l03Cp1Explanation" }