/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L03cp1spoilers2Inputs */

const en_lesson_l03cp1spoilers2 = /** @type {(inputs: Lesson_L03cp1spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`forgotten | forgets | unmark | no UPDATE | MUST NOT remove`)
};

const es_lesson_l03cp1spoilers2 = /** @type {(inputs: Lesson_L03cp1spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`se olvida | olvidan | se descartan | NO DEBE eliminar | se queda en el servidor`)
};

const de_lesson_l03cp1spoilers2 = /** @type {(inputs: Lesson_L03cp1spoilers2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`vergessen | verfallen | DARF er KEINE | kein UPDATE | bleibt auf dem Server`)
};

/**
* | output |
* | --- |
* | "forgotten \| forgets \| unmark \| no UPDATE \| MUST NOT remove" |
*
* @param {Lesson_L03cp1spoilers2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l03cp1spoilers2 = /** @type {((inputs?: Lesson_L03cp1spoilers2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L03cp1spoilers2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l03cp1spoilers2(inputs)
	if (locale === "de") return de_lesson_l03cp1spoilers2(inputs)
	return en_lesson_l03cp1spoilers2(inputs)
});
export { lesson_l03cp1spoilers2 as "lesson_l03Cp1Spoilers" }