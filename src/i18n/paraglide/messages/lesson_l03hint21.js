/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L03hint21Inputs */

const en_lesson_l03hint21 = /** @type {(inputs: Lesson_L03hint21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`If the Outcome looks just like a run without a fault, the drop came too early (before any DELE) or too late (after QUIT was answered).`)
};

const es_lesson_l03hint21 = /** @type {(inputs: Lesson_L03hint21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Si el Resultado es igual que el de una ejecución sin fallos, el corte llegó demasiado pronto (antes de ningún DELE) o demasiado tarde (cuando QUIT ya tenía respuesta).`)
};

const de_lesson_l03hint21 = /** @type {(inputs: Lesson_L03hint21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sieht das Ergebnis genauso aus wie bei einem Durchlauf ohne Störung, kam die Trennung zu früh (vor jedem DELE) oder zu spät (als QUIT schon beantwortet war).`)
};

/**
* | output |
* | --- |
* | "If the Outcome looks just like a run without a fault, the drop came too early (before any DELE) or too late (after QUIT was answered)." |
*
* @param {Lesson_L03hint21Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l03hint21 = /** @type {((inputs?: Lesson_L03hint21Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L03hint21Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l03hint21(inputs)
	if (locale === "de") return de_lesson_l03hint21(inputs)
	return en_lesson_l03hint21(inputs)
});
export { lesson_l03hint21 as "lesson_l03Hint2" }