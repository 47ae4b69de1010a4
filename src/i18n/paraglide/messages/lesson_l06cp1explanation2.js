/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L06cp1explanation2Inputs */

const en_lesson_l06cp1explanation2 = /** @type {(inputs: Lesson_L06cp1explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server indeed keeps no per-client memory. The client does: UIDL gives each message a unique-id that persists across sessions, and the client skips those it has stored. (LAST did this on the server side in RFC 1081-1460 and was dropped in RFC 1725.)`)
};

const es_lesson_l06cp1explanation2 = /** @type {(inputs: Lesson_L06cp1explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Es verdad que el servidor no guarda ninguna memoria por cliente. El cliente sí: UIDL da a cada mensaje un identificador único que se mantiene de una sesión a otra, y el cliente se salta los que ya ha guardado. (LAST hacía esto del lado del servidor desde la RFC 1081 hasta la 1460, y la RFC 1725 lo suprimió.)`)
};

const de_lesson_l06cp1explanation2 = /** @type {(inputs: Lesson_L06cp1explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server merkt sich tatsächlich nichts pro Client. Der Client schon: UIDL gibt jeder Nachricht eine eindeutige ID, die über Sitzungen hinweg bleibt, und der Client überspringt die, die er schon gespeichert hat. (LAST hat das von RFC 1081 bis RFC 1460 auf der Serverseite erledigt und wurde in RFC 1725 gestrichen.)`)
};

/**
* | output |
* | --- |
* | "The server indeed keeps no per-client memory. The client does: UIDL gives each message a unique-id that persists across sessions, and the client skips those ..." |
*
* @param {Lesson_L06cp1explanation2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l06cp1explanation2 = /** @type {((inputs?: Lesson_L06cp1explanation2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L06cp1explanation2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l06cp1explanation2(inputs)
	if (locale === "de") return de_lesson_l06cp1explanation2(inputs)
	return en_lesson_l06cp1explanation2(inputs)
});
export { lesson_l06cp1explanation2 as "lesson_l06Cp1Explanation" }