/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L07hint21Inputs */

const en_lesson_l07hint21 = /** @type {(inputs: Lesson_L07hint21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`If the server forgets a message once it is safely stored, there is nothing to download twice.`)
};

const es_lesson_l07hint21 = /** @type {(inputs: Lesson_L07hint21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Si el servidor olvida un mensaje en cuanto está guardado a salvo, no queda nada que descargar dos veces.`)
};

const de_lesson_l07hint21 = /** @type {(inputs: Lesson_L07hint21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wenn der Server eine Nachricht vergisst, sobald sie sicher gespeichert ist, gibt es nichts, was zweimal heruntergeladen werden könnte.`)
};

/**
* | output |
* | --- |
* | "If the server forgets a message once it is safely stored, there is nothing to download twice." |
*
* @param {Lesson_L07hint21Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l07hint21 = /** @type {((inputs?: Lesson_L07hint21Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L07hint21Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l07hint21(inputs)
	if (locale === "de") return de_lesson_l07hint21(inputs)
	return en_lesson_l07hint21(inputs)
});
export { lesson_l07hint21 as "lesson_l07Hint2" }