/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L13hint21Inputs */

const en_lesson_l13hint21 = /** @type {(inputs: Lesson_L13hint21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A server that removes mail once it has been downloaded defeats that setting.`)
};

const es_lesson_l13hint21 = /** @type {(inputs: Lesson_L13hint21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Un servidor que elimina el correo en cuanto se descarga anula ese ajuste.`)
};

const de_lesson_l13hint21 = /** @type {(inputs: Lesson_L13hint21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ein Server, der Mail entfernt, sobald sie heruntergeladen ist, hebelt diese Einstellung aus.`)
};

/**
* | output |
* | --- |
* | "A server that removes mail once it has been downloaded defeats that setting." |
*
* @param {Lesson_L13hint21Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l13hint21 = /** @type {((inputs?: Lesson_L13hint21Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L13hint21Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l13hint21(inputs)
	if (locale === "de") return de_lesson_l13hint21(inputs)
	return en_lesson_l13hint21(inputs)
});
export { lesson_l13hint21 as "lesson_l13Hint2" }