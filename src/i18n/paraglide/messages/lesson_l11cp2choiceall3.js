/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L11cp2choiceall3Inputs */

const en_lesson_l11cp2choiceall3 = /** @type {(inputs: Lesson_L11cp2choiceall3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`All three messages: it leaves mail on the server, so the mail is there for it.`)
};

const es_lesson_l11cp2choiceall3 = /** @type {(inputs: Lesson_L11cp2choiceall3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Los tres mensajes: deja el correo en el servidor, así que el correo está ahí esperándolo.`)
};

const de_lesson_l11cp2choiceall3 = /** @type {(inputs: Lesson_L11cp2choiceall3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alle drei Nachrichten: Es lässt Mail ja auf dem Server, also liegt sie dort für das Handy bereit.`)
};

/**
* | output |
* | --- |
* | "All three messages: it leaves mail on the server, so the mail is there for it." |
*
* @param {Lesson_L11cp2choiceall3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l11cp2choiceall3 = /** @type {((inputs?: Lesson_L11cp2choiceall3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L11cp2choiceall3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l11cp2choiceall3(inputs)
	if (locale === "de") return de_lesson_l11cp2choiceall3(inputs)
	return en_lesson_l11cp2choiceall3(inputs)
});
export { lesson_l11cp2choiceall3 as "lesson_l11Cp2ChoiceAll" }