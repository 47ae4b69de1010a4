/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L06step11Inputs */

const en_lesson_l06step11 = /** @type {(inputs: Lesson_L06step11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Play once in delete-on-download mode and look at the maildrop after the first session.`)
};

const es_lesson_l06step11 = /** @type {(inputs: Lesson_L06step11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reproduce una vez con «Borrar al descargar» y mira el buzón después de la primera sesión.`)
};

const de_lesson_l06step11 = /** @type {(inputs: Lesson_L06step11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Spiel einmal im Modus „Beim Abrufen löschen“ ab und sieh dir nach der ersten Sitzung das Postfach an.`)
};

/**
* | output |
* | --- |
* | "Play once in delete-on-download mode and look at the maildrop after the first session." |
*
* @param {Lesson_L06step11Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l06step11 = /** @type {((inputs?: Lesson_L06step11Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L06step11Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l06step11(inputs)
	if (locale === "de") return de_lesson_l06step11(inputs)
	return en_lesson_l06step11(inputs)
});
export { lesson_l06step11 as "lesson_l06Step1" }