/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L08step11Inputs */

const en_lesson_l08step11 = /** @type {(inputs: Lesson_L08step11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Play the POP2 session: HELO logs in with user and password on one line; READ announces a length (=ccc), RETR sends the data, ACKD says "received, delete it".`)
};

const es_lesson_l08step11 = /** @type {(inputs: Lesson_L08step11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reproduce la sesión POP2: HELO inicia sesión con usuario y contraseña en una sola línea; READ anuncia una longitud (=ccc), RETR envía los datos y ACKD dice «recibido, bórralo».`)
};

const de_lesson_l08step11 = /** @type {(inputs: Lesson_L08step11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Spiel die POP2-Sitzung ab: HELO meldet mit Benutzer und Passwort in einer Zeile an; READ kündigt eine Länge an (=ccc), RETR sendet die Daten, ACKD sagt „empfangen, bitte löschen“.`)
};

/**
* | output |
* | --- |
* | "Play the POP2 session: HELO logs in with user and password on one line; READ announces a length (=ccc), RETR sends the data, ACKD says \"received, delete it\"." |
*
* @param {Lesson_L08step11Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l08step11 = /** @type {((inputs?: Lesson_L08step11Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L08step11Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l08step11(inputs)
	if (locale === "de") return de_lesson_l08step11(inputs)
	return en_lesson_l08step11(inputs)
});
export { lesson_l08step11 as "lesson_l08Step1" }