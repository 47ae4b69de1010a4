/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L09cp2explanation2Inputs */

const en_lesson_l09cp2explanation2 = /** @type {(inputs: Lesson_L09cp2explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`APOP and CRAM-MD5 keep the secret itself off the wire, and the challenge (APOP: the greeting's timestamp) differs every time, so the digest cannot be replayed. But the challenge and the digest are both on the wire: an eavesdropper can hash guesses offline until one matches. An 8-letter word such as tanstaaf falls within minutes on one graphics card, at once if it is in a word list; a digest login protects only a long secret, and only if the same user never also logs in with PASS, which sends that secret in the clear. Nothing is encrypted: RETR sends the messages, and the user name is on the login line. (A fake server choosing its own timestamps can also recover APOP passwords through MD5 collisions; APOP is considered broken today.)`)
};

const es_lesson_l09cp2explanation2 = /** @type {(inputs: Lesson_L09cp2explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`APOP y CRAM-MD5 mantienen el secreto fuera de la línea, y el reto (en APOP, el sello de tiempo del saludo) cambia cada vez, así que el resumen no sirve para reenviarlo. Pero el reto y el resumen viajan los dos por la línea: un espía puede calcular sin conexión el resumen de una contraseña candidata tras otra hasta que una coincida. Una palabra de 8 letras como tanstaaf cae en minutos con una sola tarjeta gráfica, y al instante si está en una lista de palabras; un inicio de sesión con resumen solo protege un secreto largo, y solo si ese mismo usuario nunca inicia sesión también con PASS, que envía ese secreto en claro. No se cifra nada: RETR envía los mensajes, y el nombre de usuario va en la línea de inicio de sesión. (Un servidor falso que elija sus propios sellos de tiempo también puede recuperar contraseñas de APOP mediante colisiones de MD5; hoy APOP se considera roto.)`)
};

const de_lesson_l09cp2explanation2 = /** @type {(inputs: Lesson_L09cp2explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`APOP und CRAM-MD5 halten das Geheimnis selbst von der Leitung fern, und die Challenge (bei APOP der Zeitstempel der Begrüßung) ist jedes Mal anders, also lässt sich der Hash nicht erneut einspielen. Aber Challenge und Hash stehen beide auf der Leitung: Ein Lauscher kann offline einen Kandidaten nach dem anderen hashen, bis einer passt. Ein Wort aus 8 Buchstaben wie tanstaaf fällt auf einer einzigen Grafikkarte in Minuten, sofort, wenn es in einer Wortliste steht; eine Anmeldung per Hash schützt nur ein langes Geheimnis, und nur, wenn sich derselbe Benutzer nie auch mit PASS anmeldet, das dieses Geheimnis im Klartext sendet. Verschlüsselt ist nichts: RETR sendet die Nachrichten, und der Benutzername steht in der Anmeldezeile. (Ein gefälschter Server, der seine Zeitstempel selbst wählt, kann APOP-Passwörter außerdem über MD5-Kollisionen herausfinden; APOP gilt heute als gebrochen.)`)
};

/**
* | output |
* | --- |
* | "APOP and CRAM-MD5 keep the secret itself off the wire, and the challenge (APOP: the greeting's timestamp) differs every time, so the digest cannot be replaye..." |
*
* @param {Lesson_L09cp2explanation2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l09cp2explanation2 = /** @type {((inputs?: Lesson_L09cp2explanation2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L09cp2explanation2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l09cp2explanation2(inputs)
	if (locale === "de") return de_lesson_l09cp2explanation2(inputs)
	return en_lesson_l09cp2explanation2(inputs)
});
export { lesson_l09cp2explanation2 as "lesson_l09Cp2Explanation" }