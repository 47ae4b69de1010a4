/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L11cp2question2Inputs */

const en_lesson_l11cp2question2 = /** @type {(inputs: Lesson_L11cp2question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Day 20: the phone polls for the first time. It also leaves mail on the server. What does it find?`)
};

const es_lesson_l11cp2question2 = /** @type {(inputs: Lesson_L11cp2question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Día 20: el móvil consulta por primera vez. También deja el correo en el servidor. ¿Qué encuentra?`)
};

const de_lesson_l11cp2question2 = /** @type {(inputs: Lesson_L11cp2question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tag 20: Das Handy ruft zum ersten Mal ab. Auch das Handy lässt Mail auf dem Server. Was findet es vor?`)
};

/**
* | output |
* | --- |
* | "Day 20: the phone polls for the first time. It also leaves mail on the server. What does it find?" |
*
* @param {Lesson_L11cp2question2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l11cp2question2 = /** @type {((inputs?: Lesson_L11cp2question2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L11cp2question2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l11cp2question2(inputs)
	if (locale === "de") return de_lesson_l11cp2question2(inputs)
	return en_lesson_l11cp2question2(inputs)
});
export { lesson_l11cp2question2 as "lesson_l11Cp2Question" }