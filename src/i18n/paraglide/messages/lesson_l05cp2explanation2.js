/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L05cp2explanation2Inputs */

const en_lesson_l05cp2explanation2 = /** @type {(inputs: Lesson_L05cp2explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`After UPDATE the server has nothing left. The client confirmed (DELE) before its copy was durable, so the crash destroys the last copy. This is one way POP loses mail, not the only one: stale message numbers (F18), pipelined RETR and DELE (F8), a server that expunges at DELE and then crashes, and server deletion policy (F11, F13) are others.`)
};

const es_lesson_l05cp2explanation2 = /** @type {(inputs: Lesson_L05cp2explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tras UPDATE, al servidor no le queda nada. El cliente confirmó (DELE) antes de que su copia estuviera guardada en disco, así que el cuelgue destruye la última copia. Esta es una de las formas en que POP pierde correo, no la única: números de mensaje de una sesión anterior (F18), RETR y DELE encadenados (F8), un servidor que borra ya en DELE y luego se cae, y la política de borrado del servidor (F11, F13) son otras.`)
};

const de_lesson_l05cp2explanation2 = /** @type {(inputs: Lesson_L05cp2explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nach UPDATE hat der Server nichts mehr. Der Client hat bestätigt (DELE), bevor seine Kopie dauerhaft gespeichert war, also vernichtet der Absturz die letzte Kopie. Das ist ein Weg, auf dem POP Mail verliert, aber nicht der einzige: Nachrichtennummern aus einer früheren Sitzung (F18), RETR und DELE in einem Zug (F8), ein Server, der schon bei DELE löscht und dann abstürzt, und die Löschregeln des Servers (F11, F13) sind andere.`)
};

/**
* | output |
* | --- |
* | "After UPDATE the server has nothing left. The client confirmed (DELE) before its copy was durable, so the crash destroys the last copy. This is one way POP l..." |
*
* @param {Lesson_L05cp2explanation2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l05cp2explanation2 = /** @type {((inputs?: Lesson_L05cp2explanation2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L05cp2explanation2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l05cp2explanation2(inputs)
	if (locale === "de") return de_lesson_l05cp2explanation2(inputs)
	return en_lesson_l05cp2explanation2(inputs)
});
export { lesson_l05cp2explanation2 as "lesson_l05Cp2Explanation" }