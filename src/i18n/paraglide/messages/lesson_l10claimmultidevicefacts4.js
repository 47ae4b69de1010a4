/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10claimmultidevicefacts4Inputs */

const en_lesson_l10claimmultidevicefacts4 = /** @type {(inputs: Lesson_L10claimmultidevicefacts4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP3 keeps no per-device state: several devices can each download the mail only if each leaves it on the server and remembers UIDs (RFC 1939 §7); with delete on download the first device takes everything. Read state, flags and folders are never shared: RFC 1939 §8 points to IMAP for that.`)
};

const es_lesson_l10claimmultidevicefacts4 = /** @type {(inputs: Lesson_L10claimmultidevicefacts4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP3 no guarda ningún estado por dispositivo: varios dispositivos pueden descargar cada uno el correo solo si cada uno lo deja en el servidor y recuerda los UID (RFC 1939 §7); si se borra al descargar, el primer dispositivo se lo lleva todo. El estado de lectura, los indicadores y las carpetas nunca se comparten: para eso, la RFC 1939 §8 remite a IMAP.`)
};

const de_lesson_l10claimmultidevicefacts4 = /** @type {(inputs: Lesson_L10claimmultidevicefacts4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP3 führt keinen Zustand pro Gerät: Mehrere Geräte können die Mail nur dann jedes für sich abrufen, wenn jedes sie auf dem Server lässt und sich die UIDs merkt (RFC 1939 §7); wird beim Abrufen gelöscht, nimmt das erste Gerät alles mit. Gelesen-Status, Flags und Ordner werden nie geteilt: Dafür verweist RFC 1939 §8 auf IMAP.`)
};

/**
* | output |
* | --- |
* | "POP3 keeps no per-device state: several devices can each download the mail only if each leaves it on the server and remembers UIDs (RFC 1939 §7); with delete..." |
*
* @param {Lesson_L10claimmultidevicefacts4Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10claimmultidevicefacts4 = /** @type {((inputs?: Lesson_L10claimmultidevicefacts4Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10claimmultidevicefacts4Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10claimmultidevicefacts4(inputs)
	if (locale === "de") return de_lesson_l10claimmultidevicefacts4(inputs)
	return en_lesson_l10claimmultidevicefacts4(inputs)
});
export { lesson_l10claimmultidevicefacts4 as "lesson_l10ClaimMultiDeviceFacts" }