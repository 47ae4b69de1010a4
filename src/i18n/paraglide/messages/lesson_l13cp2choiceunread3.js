/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L13cp2choiceunread3Inputs */

const en_lesson_l13cp2choiceunread3 = /** @type {(inputs: Lesson_L13cp2choiceunread3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`As a new, unread message in its inbox: POP has one maildrop and no read state or folders on the server.`)
};

const es_lesson_l13cp2choiceunread3 = /** @type {(inputs: Lesson_L13cp2choiceunread3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Como un mensaje nuevo y sin leer, en su bandeja de entrada: POP tiene un solo buzón, y en el servidor no hay ni estado de leído ni carpetas.`)
};

const de_lesson_l13cp2choiceunread3 = /** @type {(inputs: Lesson_L13cp2choiceunread3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Als neue, ungelesene Nachricht im Posteingang: POP hat ein einziges Postfach, und auf dem Server gibt es keinen Gelesen-Status und keine Ordner.`)
};

/**
* | output |
* | --- |
* | "As a new, unread message in its inbox: POP has one maildrop and no read state or folders on the server." |
*
* @param {Lesson_L13cp2choiceunread3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l13cp2choiceunread3 = /** @type {((inputs?: Lesson_L13cp2choiceunread3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L13cp2choiceunread3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l13cp2choiceunread3(inputs)
	if (locale === "de") return de_lesson_l13cp2choiceunread3(inputs)
	return en_lesson_l13cp2choiceunread3(inputs)
});
export { lesson_l13cp2choiceunread3 as "lesson_l13Cp2ChoiceUnread" }