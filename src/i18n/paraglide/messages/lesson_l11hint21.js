/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L11hint21Inputs */

const en_lesson_l11hint21 = /** @type {(inputs: Lesson_L11hint21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mail kept forever is not free either: it counts against the server's quota.`)
};

const es_lesson_l11hint21 = /** @type {(inputs: Lesson_L11hint21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Guardar el correo para siempre tampoco sale gratis: ocupa espacio de la cuota del servidor.`)
};

const de_lesson_l11hint21 = /** @type {(inputs: Lesson_L11hint21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mail für immer aufzuheben ist auch nicht umsonst: Sie belegt das Speicherkontingent (Quota) auf dem Server.`)
};

/**
* | output |
* | --- |
* | "Mail kept forever is not free either: it counts against the server's quota." |
*
* @param {Lesson_L11hint21Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l11hint21 = /** @type {((inputs?: Lesson_L11hint21Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L11hint21Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l11hint21(inputs)
	if (locale === "de") return de_lesson_l11hint21(inputs)
	return en_lesson_l11hint21(inputs)
});
export { lesson_l11hint21 as "lesson_l11Hint2" }