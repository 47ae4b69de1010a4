/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L05cp2choicelost3Inputs */

const en_lesson_l05cp2choicelost3 = /** @type {(inputs: Lesson_L05cp2choicelost3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Loss: the server removed them and the only copies die with the client's memory.`)
};

const es_lesson_l05cp2choicelost3 = /** @type {(inputs: Lesson_L05cp2choicelost3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pérdida: el servidor los eliminó y las únicas copias mueren con la memoria del cliente.`)
};

const de_lesson_l05cp2choicelost3 = /** @type {(inputs: Lesson_L05cp2choicelost3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Verlust: Der Server hat sie entfernt, und die einzigen Kopien sterben mit dem Arbeitsspeicher des Clients.`)
};

/**
* | output |
* | --- |
* | "Loss: the server removed them and the only copies die with the client's memory." |
*
* @param {Lesson_L05cp2choicelost3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l05cp2choicelost3 = /** @type {((inputs?: Lesson_L05cp2choicelost3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L05cp2choicelost3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l05cp2choicelost3(inputs)
	if (locale === "de") return de_lesson_l05cp2choicelost3(inputs)
	return en_lesson_l05cp2choicelost3(inputs)
});
export { lesson_l05cp2choicelost3 as "lesson_l05Cp2ChoiceLost" }