/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L05hint11Inputs */

const en_lesson_l05hint11 = /** @type {(inputs: Lesson_L05hint11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Try the crash at different moments: before QUIT, and right after the server has answered it.`)
};

const es_lesson_l05hint11 = /** @type {(inputs: Lesson_L05hint11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Prueba el cuelgue en distintos momentos: antes de QUIT y justo después de que el servidor lo haya respondido.`)
};

const de_lesson_l05hint11 = /** @type {(inputs: Lesson_L05hint11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Probier den Absturz zu verschiedenen Zeitpunkten aus: vor QUIT und direkt, nachdem der Server es beantwortet hat.`)
};

/**
* | output |
* | --- |
* | "Try the crash at different moments: before QUIT, and right after the server has answered it." |
*
* @param {Lesson_L05hint11Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l05hint11 = /** @type {((inputs?: Lesson_L05hint11Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L05hint11Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l05hint11(inputs)
	if (locale === "de") return de_lesson_l05hint11(inputs)
	return en_lesson_l05hint11(inputs)
});
export { lesson_l05hint11 as "lesson_l05Hint1" }