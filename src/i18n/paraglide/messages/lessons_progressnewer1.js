/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lessons_Progressnewer1Inputs */

const en_lessons_progressnewer1 = /** @type {(inputs: Lessons_Progressnewer1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Saved lesson progress from a newer version of POP Lab was found. It is kept as it is, so progress made here lasts only until you close the page.`)
};

const es_lessons_progressnewer1 = /** @type {(inputs: Lessons_Progressnewer1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Se encontró progreso guardado por una versión más nueva de POP Lab. Se deja tal cual, así que lo que avances aquí dura solo hasta que cierres la página.`)
};

const de_lessons_progressnewer1 = /** @type {(inputs: Lessons_Progressnewer1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gespeicherter Lernfortschritt einer neueren POP-Lab-Version wurde gefunden. Er bleibt unverändert, daher hält der Fortschritt von hier nur, bis du die Seite schließt.`)
};

/**
* | output |
* | --- |
* | "Saved lesson progress from a newer version of POP Lab was found. It is kept as it is, so progress made here lasts only until you close the page." |
*
* @param {Lessons_Progressnewer1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lessons_progressnewer1 = /** @type {((inputs?: Lessons_Progressnewer1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lessons_Progressnewer1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lessons_progressnewer1(inputs)
	if (locale === "de") return de_lessons_progressnewer1(inputs)
	return en_lessons_progressnewer1(inputs)
});
export { lessons_progressnewer1 as "lessons_progressNewer" }