/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L15cp2choiceeither3Inputs */

const en_lesson_l15cp2choiceeither3 = /** @type {(inputs: Lesson_L15cp2choiceeither3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Either: after QUIT nothing can go wrong any more.`)
};

const es_lesson_l15cp2choiceeither3 = /** @type {(inputs: Lesson_L15cp2choiceeither3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Con cualquiera de los dos: después de QUIT ya no puede salir nada mal.`)
};

const de_lesson_l15cp2choiceeither3 = /** @type {(inputs: Lesson_L15cp2choiceeither3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mit beiden: Nach QUIT kann nichts mehr schiefgehen.`)
};

/**
* | output |
* | --- |
* | "Either: after QUIT nothing can go wrong any more." |
*
* @param {Lesson_L15cp2choiceeither3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l15cp2choiceeither3 = /** @type {((inputs?: Lesson_L15cp2choiceeither3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L15cp2choiceeither3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l15cp2choiceeither3(inputs)
	if (locale === "de") return de_lesson_l15cp2choiceeither3(inputs)
	return en_lesson_l15cp2choiceeither3(inputs)
});
export { lesson_l15cp2choiceeither3 as "lesson_l15Cp2ChoiceEither" }