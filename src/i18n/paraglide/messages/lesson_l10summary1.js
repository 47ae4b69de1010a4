/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10summary1Inputs */

const en_lesson_l10summary1 = /** @type {(inputs: Lesson_L10summary1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A widely copied table compares "POP" with "POP3". For each of its claims below, predict how it holds up, then watch the simulator play it on the stage. First, the claim that "POP" always removed mail after download, on a POP1 session of 1984.`)
};

const es_lesson_l10summary1 = /** @type {(inputs: Lesson_L10summary1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Una tabla muy copiada compara «POP» con «POP3». Para cada una de sus afirmaciones, aquí debajo, predice si se sostiene y luego mira cómo el simulador la reproduce en la escena. Primero, la afirmación de que «POP» siempre borraba el correo tras descargarlo, con una sesión POP1 de 1984.`)
};

const de_lesson_l10summary1 = /** @type {(inputs: Lesson_L10summary1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Eine viel kopierte Tabelle vergleicht „POP“ mit „POP3“. Sag für jede ihrer Behauptungen hier unten voraus, ob sie standhält, und sieh dann zu, wie der Simulator sie auf der Bühne abspielt. Zuerst die Behauptung, „POP“ habe Mail nach dem Abrufen immer entfernt, geprüft an einer POP1-Sitzung von 1984.`)
};

/**
* | output |
* | --- |
* | "A widely copied table compares \"POP\" with \"POP3\". For each of its claims below, predict how it holds up, then watch the simulator play it on the stage. First..." |
*
* @param {Lesson_L10summary1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10summary1 = /** @type {((inputs?: Lesson_L10summary1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10summary1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10summary1(inputs)
	if (locale === "de") return de_lesson_l10summary1(inputs)
	return en_lesson_l10summary1(inputs)
});
export { lesson_l10summary1 as "lesson_l10Summary" }