/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10cp1question2Inputs */

const en_lesson_l10cp1question2 = /** @type {(inputs: Lesson_L10cp1question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The table says old POP always removed mail after download. This 1984 POP1 client is about to send RDEL, "read and delete". Did POP1 offer another way to read?`)
};

const es_lesson_l10cp1question2 = /** @type {(inputs: Lesson_L10cp1question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La tabla dice que el POP antiguo siempre borraba el correo tras descargarlo. Este cliente POP1 de 1984 está a punto de enviar RDEL, «leer y borrar». ¿Ofrecía POP1 otra forma de leer?`)
};

const de_lesson_l10cp1question2 = /** @type {(inputs: Lesson_L10cp1question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Tabelle sagt, das alte POP habe Mail nach dem Abrufen immer entfernt. Dieser POP1-Client von 1984 sendet gleich RDEL, „lesen und löschen“. Bot POP1 noch eine andere Art zu lesen?`)
};

/**
* | output |
* | --- |
* | "The table says old POP always removed mail after download. This 1984 POP1 client is about to send RDEL, \"read and delete\". Did POP1 offer another way to read?" |
*
* @param {Lesson_L10cp1question2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10cp1question2 = /** @type {((inputs?: Lesson_L10cp1question2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10cp1question2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10cp1question2(inputs)
	if (locale === "de") return de_lesson_l10cp1question2(inputs)
	return en_lesson_l10cp1question2(inputs)
});
export { lesson_l10cp1question2 as "lesson_l10Cp1Question" }