/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L13cp2question2Inputs */

const en_lesson_l13cp2question2 = /** @type {(inputs: Lesson_L13cp2question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`An hour ago the user read message 1 on the laptop and filed it in a folder called "Lunch". The phone is about to download it with POP3. How will the phone show it?`)
};

const es_lesson_l13cp2question2 = /** @type {(inputs: Lesson_L13cp2question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hace una hora el usuario leyó el mensaje 1 en el portátil y lo archivó en una carpeta llamada «Lunch». El móvil está a punto de descargarlo con POP3. ¿Cómo lo mostrará el móvil?`)
};

const de_lesson_l13cp2question2 = /** @type {(inputs: Lesson_L13cp2question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vor einer Stunde hat der Benutzer Nachricht 1 auf dem Laptop gelesen und in einem Ordner namens „Lunch“ abgelegt. Das Handy lädt sie gleich mit POP3 herunter. Wie wird das Handy sie anzeigen?`)
};

/**
* | output |
* | --- |
* | "An hour ago the user read message 1 on the laptop and filed it in a folder called \"Lunch\". The phone is about to download it with POP3. How will the phone sh..." |
*
* @param {Lesson_L13cp2question2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l13cp2question2 = /** @type {((inputs?: Lesson_L13cp2question2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L13cp2question2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l13cp2question2(inputs)
	if (locale === "de") return de_lesson_l13cp2question2(inputs)
	return en_lesson_l13cp2question2(inputs)
});
export { lesson_l13cp2question2 as "lesson_l13Cp2Question" }