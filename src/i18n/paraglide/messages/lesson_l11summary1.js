/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L11summary1Inputs */

const en_lesson_l11summary1 = /** @type {(inputs: Lesson_L11summary1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The laptop runs a client set like Thunderbird's defaults: "Leave messages on server" for at most 14 days. The phone leaves everything on the server, but the user is away for 20 days and it does not poll meanwhile. Predict what each device ends up with, then try other client settings.`)
};

const es_lesson_l11summary1 = /** @type {(inputs: Lesson_L11summary1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El portátil usa un cliente configurado como Thunderbird de fábrica: «Dejar los mensajes en el servidor» durante como máximo 14 días. El móvil lo deja todo en el servidor, pero el usuario pasa 20 días fuera y mientras tanto el móvil no consulta el correo. Predice con qué se queda cada dispositivo y luego prueba otros ajustes del cliente.`)
};

const de_lesson_l11summary1 = /** @type {(inputs: Lesson_L11summary1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Auf dem Laptop läuft ein Client, eingestellt wie Thunderbird ab Werk: „Nachrichten auf dem Server belassen“, höchstens 14 Tage lang. Das Handy lässt alles auf dem Server, aber der Benutzer ist 20 Tage unterwegs, und so lange ruft das Handy nicht ab. Sag voraus, was jedes Gerät am Ende hat, und probiere dann andere Einstellungen des Clients aus.`)
};

/**
* | output |
* | --- |
* | "The laptop runs a client set like Thunderbird's defaults: \"Leave messages on server\" for at most 14 days. The phone leaves everything on the server, but the ..." |
*
* @param {Lesson_L11summary1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l11summary1 = /** @type {((inputs?: Lesson_L11summary1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L11summary1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l11summary1(inputs)
	if (locale === "de") return de_lesson_l11summary1(inputs)
	return en_lesson_l11summary1(inputs)
});
export { lesson_l11summary1 as "lesson_l11Summary" }