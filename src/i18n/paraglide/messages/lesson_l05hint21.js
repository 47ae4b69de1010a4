/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L05hint21Inputs */

const en_lesson_l05hint21 = /** @type {(inputs: Lesson_L05hint21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wait for the server's "+OK ... signing off", then crash before the disk writes finish.`)
};

const es_lesson_l05hint21 = /** @type {(inputs: Lesson_L05hint21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Espera al "+OK ... signing off" del servidor y cuelga el cliente antes de que terminen las escrituras en disco.`)
};

const de_lesson_l05hint21 = /** @type {(inputs: Lesson_L05hint21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Warte auf das "+OK ... signing off" des Servers und lass den Client abstürzen, bevor die Schreibvorgänge auf der Festplatte fertig sind.`)
};

/**
* | output |
* | --- |
* | "Wait for the server's \"+OK ... signing off\", then crash before the disk writes finish." |
*
* @param {Lesson_L05hint21Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l05hint21 = /** @type {((inputs?: Lesson_L05hint21Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L05hint21Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l05hint21(inputs)
	if (locale === "de") return de_lesson_l05hint21(inputs)
	return en_lesson_l05hint21(inputs)
});
export { lesson_l05hint21 as "lesson_l05Hint2" }