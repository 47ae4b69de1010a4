/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L13solution1Inputs */

const en_lesson_l13solution1 = /** @type {(inputs: Lesson_L13solution1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Set Retention to "Leave on server": each device downloads each message once, remembering UIDs. But that is all POP shares: read state, flags, folders and deletions stay on each device. IMAP keeps them on the server for every device, and tells a connected client about new mail at once (IDLE).`)
};

const es_lesson_l13solution1 = /** @type {(inputs: Lesson_L13solution1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pon Conservación en «Dejar en el servidor»: cada dispositivo descarga cada mensaje una vez, porque recuerda los UID. Pero eso es todo lo que POP comparte: el estado de leído, los indicadores (flags), las carpetas y los borrados se quedan en cada dispositivo. IMAP los guarda en el servidor para todos los dispositivos, y avisa al instante a un cliente conectado cuando llega correo nuevo (IDLE).`)
};

const de_lesson_l13solution1 = /** @type {(inputs: Lesson_L13solution1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stelle Aufbewahrung auf „Auf dem Server lassen“: Jedes Gerät lädt jede Nachricht einmal herunter, weil es sich die UIDs merkt. Aber mehr teilt POP nicht: Gelesen-Status, Flags, Ordner und Löschungen bleiben auf jedem Gerät für sich. IMAP hält sie für alle Geräte auf dem Server und sagt einem verbundenen Client sofort Bescheid, wenn neue Mail kommt (IDLE).`)
};

/**
* | output |
* | --- |
* | "Set Retention to \"Leave on server\": each device downloads each message once, remembering UIDs. But that is all POP shares: read state, flags, folders and del..." |
*
* @param {Lesson_L13solution1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l13solution1 = /** @type {((inputs?: Lesson_L13solution1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L13solution1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l13solution1(inputs)
	if (locale === "de") return de_lesson_l13solution1(inputs)
	return en_lesson_l13solution1(inputs)
});
export { lesson_l13solution1 as "lesson_l13Solution" }