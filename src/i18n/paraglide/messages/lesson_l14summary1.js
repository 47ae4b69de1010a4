/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L14summary1Inputs */

const en_lesson_l14summary1 = /** @type {(inputs: Lesson_L14summary1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`New mail keeps arriving while clients are connected. Here a message arrives in the middle of the laptop's session. Later the phone connects; yesterday its user deleted "Lunch on Friday?", which was message 1 then, and the phone remembers that deletion by its number. Follow the new message. (The phone had the three older messages before this run began, so the Outcome counts them as a gap on the phone.)`)
};

const es_lesson_l14summary1 = /** @type {(inputs: Lesson_L14summary1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El correo nuevo sigue llegando mientras los clientes están conectados. Aquí llega un mensaje a mitad de la sesión del portátil. Más tarde se conecta el móvil; ayer la usuaria borró en él «Lunch on Friday?», que entonces era el mensaje 1, y el móvil recuerda ese borrado por número. Sigue al mensaje nuevo. (El móvil ya tenía los tres mensajes anteriores antes de empezar esta ejecución, así que el Resultado los cuenta como un hueco en el móvil.)`)
};

const de_lesson_l14summary1 = /** @type {(inputs: Lesson_L14summary1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Neue Mail kommt auch an, während Clients verbunden sind. Hier kommt eine Nachricht mitten in der Sitzung des Laptops an. Später verbindet sich das Handy; gestern hat die Benutzerin darauf „Lunch on Friday?“ gelöscht, damals Nachricht 1, und das Handy hat sich diese Löschung unter der Nummer gemerkt. Verfolge die neue Nachricht. (Das Handy hatte die drei älteren Nachrichten schon, bevor dieser Durchlauf begann, deshalb zählt das Ergebnis sie beim Handy als Lücke.)`)
};

/**
* | output |
* | --- |
* | "New mail keeps arriving while clients are connected. Here a message arrives in the middle of the laptop's session. Later the phone connects; yesterday its us..." |
*
* @param {Lesson_L14summary1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l14summary1 = /** @type {((inputs?: Lesson_L14summary1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L14summary1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l14summary1(inputs)
	if (locale === "de") return de_lesson_l14summary1(inputs)
	return en_lesson_l14summary1(inputs)
});
export { lesson_l14summary1 as "lesson_l14Summary" }