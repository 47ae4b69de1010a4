/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L13cp3question2Inputs */

const en_lesson_l13cp3question2 = /** @type {(inputs: Lesson_L13cp3question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The phone has ended its session. A new message arrives for alice one minute later. When does the phone learn about it?`)
};

const es_lesson_l13cp3question2 = /** @type {(inputs: Lesson_L13cp3question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El móvil ha terminado su sesión. Un minuto después llega un mensaje nuevo para alice. ¿Cuándo se entera el móvil?`)
};

const de_lesson_l13cp3question2 = /** @type {(inputs: Lesson_L13cp3question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Das Handy hat seine Sitzung beendet. Eine Minute später kommt eine neue Nachricht für alice an. Wann erfährt das Handy davon?`)
};

/**
* | output |
* | --- |
* | "The phone has ended its session. A new message arrives for alice one minute later. When does the phone learn about it?" |
*
* @param {Lesson_L13cp3question2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l13cp3question2 = /** @type {((inputs?: Lesson_L13cp3question2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L13cp3question2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l13cp3question2(inputs)
	if (locale === "de") return de_lesson_l13cp3question2(inputs)
	return en_lesson_l13cp3question2(inputs)
});
export { lesson_l13cp3question2 as "lesson_l13Cp3Question" }