/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_F20logindelaysummary3Inputs */

const en_library_f20logindelaysummary3 = /** @type {(inputs: Library_F20logindelaysummary3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This server announces LOGIN-DELAY 300 in CAPA (RFC 2449 §6.5): a user may log in at most once every 5 minutes. The laptop logs in first and leaves the mail on the server. One minute later the phone, same user, sends the right password and still gets -ERR [LOGIN-DELAY] (§8.1.1): the mail waits on the server. Its next poll, after the delay, succeeds. Nothing is lost or doubled; mail only arrives later.`)
};

const es_library_f20logindelaysummary3 = /** @type {(inputs: Library_F20logindelaysummary3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Este servidor anuncia LOGIN-DELAY 300 en CAPA (RFC 2449 §6.5): un usuario puede iniciar sesión como mucho una vez cada 5 minutos. El portátil inicia sesión primero y deja el correo en el servidor. Un minuto después el móvil, con el mismo usuario, envía la contraseña correcta y aun así recibe -ERR [LOGIN-DELAY] (§8.1.1): el correo espera en el servidor. Su siguiente consulta, pasado el plazo, funciona. No se pierde ni se duplica nada; el correo solo llega más tarde.`)
};

const de_library_f20logindelaysummary3 = /** @type {(inputs: Library_F20logindelaysummary3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dieser Server kündigt in CAPA LOGIN-DELAY 300 an (RFC 2449 §6.5): Ein Benutzer darf sich höchstens alle 5 Minuten anmelden. Der Laptop meldet sich zuerst an und lässt die Mail auf dem Server. Eine Minute später sendet das Handy, derselbe Benutzer, das richtige Passwort und bekommt trotzdem -ERR [LOGIN-DELAY] (§8.1.1): Die Mail wartet auf dem Server. Sein nächster Abruf nach der Wartezeit klappt. Nichts geht verloren oder wird doppelt; die Mail kommt nur später.`)
};

/**
* | output |
* | --- |
* | "This server announces LOGIN-DELAY 300 in CAPA (RFC 2449 §6.5): a user may log in at most once every 5 minutes. The laptop logs in first and leaves the mail o..." |
*
* @param {Library_F20logindelaysummary3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_f20logindelaysummary3 = /** @type {((inputs?: Library_F20logindelaysummary3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_F20logindelaysummary3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_f20logindelaysummary3(inputs)
	if (locale === "de") return de_library_f20logindelaysummary3(inputs)
	return en_library_f20logindelaysummary3(inputs)
});
export { library_f20logindelaysummary3 as "library_f20LoginDelaySummary" }