/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L12cp3explanation2Inputs */

const en_lesson_l12cp3explanation2 = /** @type {(inputs: Lesson_L12cp3explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Challenge–response stops replay, but the challenge and the answer together let anyone check a guessed password without talking to the server. A short password such as tanstaaf falls quickly; a long random one does not. This is why cleartext and digest logins are being phased out for logins inside TLS.`)
};

const es_lesson_l12cp3explanation2 = /** @type {(inputs: Lesson_L12cp3explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El reto-respuesta impide reutilizar una respuesta, pero el reto y la respuesta juntos permiten a cualquiera comprobar una contraseña adivinada sin hablar con el servidor. Una contraseña corta como tanstaaf cae enseguida; una larga y aleatoria, no. Por eso los inicios de sesión en claro y con resumen se están abandonando en favor de inicios de sesión dentro de TLS.`)
};

const de_lesson_l12cp3explanation2 = /** @type {(inputs: Lesson_L12cp3explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Challenge-Response verhindert das Wiedereinspielen, aber Challenge und Antwort zusammen erlauben jedem, ein geratenes Passwort zu prüfen, ohne mit dem Server zu sprechen. Ein kurzes Passwort wie tanstaaf ist schnell gefunden, ein langes zufälliges nicht. Deshalb werden Klartext- und Hash-Anmeldungen zugunsten von Anmeldungen innerhalb von TLS abgelöst.`)
};

/**
* | output |
* | --- |
* | "Challenge–response stops replay, but the challenge and the answer together let anyone check a guessed password without talking to the server. A short passwor..." |
*
* @param {Lesson_L12cp3explanation2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l12cp3explanation2 = /** @type {((inputs?: Lesson_L12cp3explanation2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L12cp3explanation2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l12cp3explanation2(inputs)
	if (locale === "de") return de_lesson_l12cp3explanation2(inputs)
	return en_lesson_l12cp3explanation2(inputs)
});
export { lesson_l12cp3explanation2 as "lesson_l12Cp3Explanation" }