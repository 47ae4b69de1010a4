/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L13cp1choiceflag3Inputs */

const en_lesson_l13cp1choiceflag3 = /** @type {(inputs: Lesson_L13cp1choiceflag3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Leave it on the server and set its "seen" flag there, so every device shows it as read.`)
};

const es_lesson_l13cp1choiceflag3 = /** @type {(inputs: Lesson_L13cp1choiceflag3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dejarlo en el servidor y ponerle allí el indicador de «visto», para que todos los dispositivos lo muestren como leído.`)
};

const de_lesson_l13cp1choiceflag3 = /** @type {(inputs: Lesson_L13cp1choiceflag3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sie auf dem Server behalten und dort das Flag „gesehen“ setzen, sodass jedes Gerät sie als gelesen anzeigt.`)
};

/**
* | output |
* | --- |
* | "Leave it on the server and set its \"seen\" flag there, so every device shows it as read." |
*
* @param {Lesson_L13cp1choiceflag3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l13cp1choiceflag3 = /** @type {((inputs?: Lesson_L13cp1choiceflag3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L13cp1choiceflag3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l13cp1choiceflag3(inputs)
	if (locale === "de") return de_lesson_l13cp1choiceflag3(inputs)
	return en_lesson_l13cp1choiceflag3(inputs)
});
export { lesson_l13cp1choiceflag3 as "lesson_l13Cp1ChoiceFlag" }