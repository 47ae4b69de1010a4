/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L01summary1Inputs */

const en_lesson_l01summary1 = /** @type {(inputs: Lesson_L01summary1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Log in to the simulated server from the terminal, look at the maildrop, read a message, ask the server to delete it, and end the session. Keep an eye on the server's maildrop after each command.`)
};

const es_lesson_l01summary1 = /** @type {(inputs: Lesson_L01summary1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inicia sesión en el servidor simulado desde el terminal, mira el buzón, lee un mensaje, pide al servidor que lo borre y termina la sesión. Fíjate en el buzón del servidor después de cada orden.`)
};

const de_lesson_l01summary1 = /** @type {(inputs: Lesson_L01summary1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Melde dich im Terminal am simulierten Server an, sieh dir das Postfach an, lies eine Nachricht, bitte den Server, sie zu löschen, und beende die Sitzung. Behalte nach jedem Befehl das Postfach auf dem Server im Auge.`)
};

/**
* | output |
* | --- |
* | "Log in to the simulated server from the terminal, look at the maildrop, read a message, ask the server to delete it, and end the session. Keep an eye on the ..." |
*
* @param {Lesson_L01summary1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l01summary1 = /** @type {((inputs?: Lesson_L01summary1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L01summary1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l01summary1(inputs)
	if (locale === "de") return de_lesson_l01summary1(inputs)
	return en_lesson_l01summary1(inputs)
});
export { lesson_l01summary1 as "lesson_l01Summary" }