/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lessons_Progressunavailable1Inputs */

const en_lessons_progressunavailable1 = /** @type {(inputs: Lessons_Progressunavailable1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This browser does not let POP Lab store lesson progress; it will last only until you close the page.`)
};

const es_lessons_progressunavailable1 = /** @type {(inputs: Lessons_Progressunavailable1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Este navegador no deja que POP Lab guarde tu progreso; durará solo hasta que cierres la página.`)
};

const de_lessons_progressunavailable1 = /** @type {(inputs: Lessons_Progressunavailable1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dieser Browser lässt POP Lab keinen Lernfortschritt speichern; er hält nur, bis du die Seite schließt.`)
};

/**
* | output |
* | --- |
* | "This browser does not let POP Lab store lesson progress; it will last only until you close the page." |
*
* @param {Lessons_Progressunavailable1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lessons_progressunavailable1 = /** @type {((inputs?: Lessons_Progressunavailable1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lessons_Progressunavailable1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lessons_progressunavailable1(inputs)
	if (locale === "de") return de_lessons_progressunavailable1(inputs)
	return en_lessons_progressunavailable1(inputs)
});
export { lessons_progressunavailable1 as "lessons_progressUnavailable" }