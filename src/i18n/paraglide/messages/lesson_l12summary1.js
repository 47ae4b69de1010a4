/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L12summary1Inputs */

const en_lesson_l12summary1 = /** @type {(inputs: Lesson_L12summary1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP3 servers accept several login methods: USER and PASS, APOP, and SASL mechanisms through AUTH, such as PLAIN and CRAM-MD5. This laptop logs in with AUTH PLAIN. Read each method's login lines on the channel as an eavesdropper would, and find the one that is a standard SASL mechanism and keeps the password off the wire.`)
};

const es_lesson_l12summary1 = /** @type {(inputs: Lesson_L12summary1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Los servidores POP3 aceptan varios métodos de inicio de sesión: USER y PASS, APOP, y mecanismos SASL a través de AUTH, como PLAIN y CRAM-MD5. Este portátil inicia sesión con AUTH PLAIN. Lee en el canal las líneas de inicio de sesión de cada método, como lo haría un espía, y encuentra el que es un mecanismo SASL estándar y no pone la contraseña en la línea.`)
};

const de_lesson_l12summary1 = /** @type {(inputs: Lesson_L12summary1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP3-Server nehmen mehrere Anmeldeverfahren an: USER und PASS, APOP und SASL-Mechanismen über AUTH, etwa PLAIN und CRAM-MD5. Dieser Laptop meldet sich mit AUTH PLAIN an. Lies die Anmeldezeilen jedes Verfahrens im Kanal, wie ein Lauscher sie lesen würde, und finde das eine, das ein standardisierter SASL-Mechanismus ist und das Passwort von der Leitung fernhält.`)
};

/**
* | output |
* | --- |
* | "POP3 servers accept several login methods: USER and PASS, APOP, and SASL mechanisms through AUTH, such as PLAIN and CRAM-MD5. This laptop logs in with AUTH P..." |
*
* @param {Lesson_L12summary1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l12summary1 = /** @type {((inputs?: Lesson_L12summary1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L12summary1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l12summary1(inputs)
	if (locale === "de") return de_lesson_l12summary1(inputs)
	return en_lesson_l12summary1(inputs)
});
export { lesson_l12summary1 as "lesson_l12Summary" }