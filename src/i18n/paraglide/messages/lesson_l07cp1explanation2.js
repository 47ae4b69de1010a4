/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L07cp1explanation2Inputs */

const en_lesson_l07cp1explanation2 = /** @type {(inputs: Lesson_L07cp1explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Message numbers are assigned afresh in each session, and sizes are not identities. Only the unique-id of UIDL persists across sessions; UIDL is optional, so a client or a server without it turns leave-on-server into download-everything-every-time.`)
};

const es_lesson_l07cp1explanation2 = /** @type {(inputs: Lesson_L07cp1explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Los números de mensaje se asignan de nuevo en cada sesión, y un tamaño no identifica a un mensaje. Solo el identificador único de UIDL se mantiene de una sesión a otra; UIDL es opcional, así que, si el cliente o el servidor no lo usan, dejar en el servidor se convierte en descargarlo todo cada vez.`)
};

const de_lesson_l07cp1explanation2 = /** @type {(inputs: Lesson_L07cp1explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nachrichtennummern werden in jeder Sitzung neu vergeben, und eine Größe sagt nicht, welche Nachricht es ist. Nur die eindeutige ID von UIDL bleibt über Sitzungen hinweg bestehen; UIDL ist optional, also wird bei einem Client oder Server ohne UIDL aus „auf dem Server lassen“ ein „jedes Mal alles herunterladen“.`)
};

/**
* | output |
* | --- |
* | "Message numbers are assigned afresh in each session, and sizes are not identities. Only the unique-id of UIDL persists across sessions; UIDL is optional, so ..." |
*
* @param {Lesson_L07cp1explanation2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l07cp1explanation2 = /** @type {((inputs?: Lesson_L07cp1explanation2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L07cp1explanation2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l07cp1explanation2(inputs)
	if (locale === "de") return de_lesson_l07cp1explanation2(inputs)
	return en_lesson_l07cp1explanation2(inputs)
});
export { lesson_l07cp1explanation2 as "lesson_l07Cp1Explanation" }