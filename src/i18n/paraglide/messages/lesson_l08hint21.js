/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L08hint21Inputs */

const en_lesson_l08hint21 = /** @type {(inputs: Lesson_L08hint21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP1 has no per-message commands: the mailbox is one block.`)
};

const es_lesson_l08hint21 = /** @type {(inputs: Lesson_L08hint21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP1 no tiene órdenes para un solo mensaje: el buzón es un único bloque.`)
};

const de_lesson_l08hint21 = /** @type {(inputs: Lesson_L08hint21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP1 hat keine Befehle für einzelne Nachrichten: Das Postfach ist ein einziger Block.`)
};

/**
* | output |
* | --- |
* | "POP1 has no per-message commands: the mailbox is one block." |
*
* @param {Lesson_L08hint21Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l08hint21 = /** @type {((inputs?: Lesson_L08hint21Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L08hint21Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l08hint21(inputs)
	if (locale === "de") return de_lesson_l08hint21(inputs)
	return en_lesson_l08hint21(inputs)
});
export { lesson_l08hint21 as "lesson_l08Hint2" }