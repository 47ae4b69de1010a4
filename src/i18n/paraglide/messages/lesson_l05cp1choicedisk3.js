/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L05cp1choicedisk3Inputs */

const en_lesson_l05cp1choicedisk3 = /** @type {(inputs: Lesson_L05cp1choicedisk3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`On its disk: a client only deletes what it has stored.`)
};

const es_lesson_l05cp1choicedisk3 = /** @type {(inputs: Lesson_L05cp1choicedisk3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En su disco: un cliente solo borra lo que ya ha guardado.`)
};

const de_lesson_l05cp1choicedisk3 = /** @type {(inputs: Lesson_L05cp1choicedisk3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Auf seiner Festplatte: Ein Client löscht nur, was er gespeichert hat.`)
};

/**
* | output |
* | --- |
* | "On its disk: a client only deletes what it has stored." |
*
* @param {Lesson_L05cp1choicedisk3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l05cp1choicedisk3 = /** @type {((inputs?: Lesson_L05cp1choicedisk3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L05cp1choicedisk3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l05cp1choicedisk3(inputs)
	if (locale === "de") return de_lesson_l05cp1choicedisk3(inputs)
	return en_lesson_l05cp1choicedisk3(inputs)
});
export { lesson_l05cp1choicedisk3 as "lesson_l05Cp1ChoiceDisk" }